#ifndef ECVETKIT_CLIBYAML_SHIM_H
#define ECVETKIT_CLIBYAML_SHIM_H
#include <yaml.h>
#endif

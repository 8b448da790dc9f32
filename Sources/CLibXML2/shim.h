#ifndef ECVETKIT_CLIBXML2_SHIM_H
#define ECVETKIT_CLIBXML2_SHIM_H
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/parser.h>
#endif

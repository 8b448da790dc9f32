#ifndef ECVETKIT_CLIBXML2_SHIM_H
#define ECVETKIT_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* libxml2's encoding.h pulls in ICU's headers when libxml2 was built with ICU; those clash with
   the ICU that Foundation brings. ECVETKit never touches the ICU parts of libxml2's structures,
   so the headers are read without them. */
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/parser.h>
#include <libxml/globals.h>
#endif

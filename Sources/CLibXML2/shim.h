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
#include <libxml/xmlIO.h>

/* A generic error handler that prints nothing: libxml2 reports some problems (such as parts of
   schema validation it does not implement) only through printf-style generic errors, which would
   otherwise go to standard error. ECVETKit reports errors through structured handlers. */
static inline void ecvetkit_ignore_generic_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

/* The handler above as libxml2's function type (Swift cannot name a variadic C function type). */
static inline xmlGenericErrorFunc ecvetkit_generic_error_ignorer(void) {
    return ecvetkit_ignore_generic_error;
}
#endif

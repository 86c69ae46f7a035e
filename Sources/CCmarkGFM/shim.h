#ifndef CCMARKGFM_SHIM_H
#define CCMARKGFM_SHIM_H
/* GitHub's cmark-gfm with its core extensions (tables, strikethrough, autolinks), from Debian's
   libcmark-gfm-dev and libcmark-gfm-extensions-dev. */
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#endif

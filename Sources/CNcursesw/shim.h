#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

/* The wide-character API (get_wch, cchar_t, setcchar ...). SwiftPM drops the -D_XOPEN_SOURCE that
   pkg-config would give, so ask for it here, before curses.h. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <wchar.h>
#include <langinfo.h>
#include <ncursesw/curses.h>

/* Swift 6 rejects the mutable globals stdscr, LINES and COLS: read them through functions. */
static inline WINDOW *nc_stdscr(void) { return stdscr; }
static inline int nc_lines(void) { return LINES; }
static inline int nc_cols(void) { return COLS; }

/* Attribute macros built from NCURSES_BITS(...) are not imported. */
static inline attr_t nc_A_NORMAL(void)    { return A_NORMAL; }
static inline attr_t nc_A_BOLD(void)      { return A_BOLD; }
static inline attr_t nc_A_DIM(void)       { return A_DIM; }
static inline attr_t nc_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t nc_A_REVERSE(void)   { return A_REVERSE; }

/* newterm on the process's stdout and stdin (Swift 6 rejects the mutable globals stdout and stdin).
   Unlike initscr, newterm returns NULL instead of exiting when the terminal cannot be set up.
   type NULL means $TERM. */
static inline SCREEN *nc_newterm_stdio(const char *type) { return newterm(type, stdout, stdin); }

/* UTF-8 locale: the environment's, or C.UTF-8 when that is not UTF-8 (LANG unset under CI), since
   ncurses otherwise prints wide characters as escapes. Returns 1 when the final codeset is UTF-8. */
static inline int nc_setup_utf8_locale(void) {
  setlocale(LC_ALL, "");
  const char *cs = nl_langinfo(CODESET);
  if (cs && (cs[0]=='U'||cs[0]=='u') && (cs[1]=='T'||cs[1]=='t') && (cs[2]=='F'||cs[2]=='f')) return 1;
  if (setlocale(LC_ALL, "C.UTF-8") == NULL) return 0;
  cs = nl_langinfo(CODESET);
  return cs && (cs[0]=='U'||cs[0]=='u');
}

#endif

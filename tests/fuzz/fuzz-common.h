/* fuzz-common.h — what every fuzz target shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each target defines LLVMFuzzerTestOneInput ().  Built with -Dfuzzing=true
 * (clang) it links libFuzzer; otherwise replay-main.c gives it a main () that
 * replays files (the corpus and the regressions) through the same entry point.
 */
#pragma once

#include <glib.h>
#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);
int LLVMFuzzerInitialize   (int           *argc,
                            char        ***argv);

/* A broken promise of the API: crash so that the fuzzer records the input. */
#define FUZZ_CHECK(cond) \
  G_STMT_START { \
    if (G_UNLIKELY (!(cond))) \
      { \
        g_printerr ("%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        abort (); \
      } \
  } G_STMT_END

/* Criticals (a g_return_if_fail that fires) and warnings are bugs. */
static inline void
fuzz_common_init (void)
{
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL
                          | G_LOG_LEVEL_WARNING);
}

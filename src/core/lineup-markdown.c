#define G_LOG_DOMAIN "lineup-markdown"

#include "config.h"

#include "lineup-core.h"

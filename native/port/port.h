// Functions the port's own C files share.
#ifndef MPS_PORT_H
#define MPS_PORT_H

#include "py/obj.h"

void mps_stdio_reset(void);
uintptr_t mps_heap_break(void);

// A guest path as the host receives it: UTF-8 without NUL (ValueError otherwise, as CPython).
const char *mps_path_arg(mp_obj_t path, size_t *len);
// Raises OSError for a negative result of a file import (-errno), naming the path if given.
void mps_check_fs(int32_t result, mp_obj_t path);

#endif // MPS_PORT_H

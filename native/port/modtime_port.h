// Included by extmod/modtime.c (MICROPY_PY_TIME_INCLUDEFILE): wall-clock time from the host.
#include "py/obj.h"
#include "shared/timeutils/timeutils.h"
#include "imports.h"

static void mp_time_localtime_get(timeutils_struct_time_t *tm) {
    timeutils_seconds_since_epoch_to_struct_time((mp_timestamp_t)(mps_host_time_ms() / 1000.0), tm);
}

static mp_obj_t mp_time_time_get(void) {
    return mp_obj_new_float(mps_host_time_ms() / 1000.0);
}

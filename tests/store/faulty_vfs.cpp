#include "store/faulty_vfs.h"

namespace kiosk::store::records_testing {
namespace {

// Our file handle, with the real VFS's handle placed right after it in the same allocation.
struct FaultyFile {
    sqlite3_file base;  // first, as SQLite requires
    FaultyVfs* owner;
    sqlite3_file* real;
};

sqlite3_file* real_of(sqlite3_file* file) { return reinterpret_cast<FaultyFile*>(file)->real; }
FaultyVfs& owner_of(sqlite3_file* file) { return *reinterpret_cast<FaultyFile*>(file)->owner; }

int x_close(sqlite3_file* file) { return real_of(file)->pMethods->xClose(real_of(file)); }
int x_read(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset)
{
    return real_of(file)->pMethods->xRead(real_of(file), buffer, amount, offset);
}
int x_write(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset)
{
    if (owner_of(file).should_fail(FaultyCall::Write)) return SQLITE_IOERR_WRITE;
    return real_of(file)->pMethods->xWrite(real_of(file), buffer, amount, offset);
}
int x_truncate(sqlite3_file* file, sqlite3_int64 size) { return real_of(file)->pMethods->xTruncate(real_of(file), size); }
int x_sync(sqlite3_file* file, int flags)
{
    if (owner_of(file).should_fail(FaultyCall::Sync)) return SQLITE_IOERR_FSYNC;
    return real_of(file)->pMethods->xSync(real_of(file), flags);
}
int x_file_size(sqlite3_file* file, sqlite3_int64* size) { return real_of(file)->pMethods->xFileSize(real_of(file), size); }
int x_lock(sqlite3_file* file, int lock) { return real_of(file)->pMethods->xLock(real_of(file), lock); }
int x_unlock(sqlite3_file* file, int lock) { return real_of(file)->pMethods->xUnlock(real_of(file), lock); }
int x_check_reserved_lock(sqlite3_file* file, int* out)
{
    return real_of(file)->pMethods->xCheckReservedLock(real_of(file), out);
}
int x_file_control(sqlite3_file* file, int op, void* argument)
{
    return real_of(file)->pMethods->xFileControl(real_of(file), op, argument);
}
int x_sector_size(sqlite3_file* file) { return real_of(file)->pMethods->xSectorSize(real_of(file)); }
int x_device_characteristics(sqlite3_file* file)
{
    return real_of(file)->pMethods->xDeviceCharacteristics(real_of(file));
}
int x_shm_map(sqlite3_file* file, int region, int size, int extend, void volatile** out)
{
    return real_of(file)->pMethods->xShmMap(real_of(file), region, size, extend, out);
}
int x_shm_lock(sqlite3_file* file, int offset, int count, int flags)
{
    return real_of(file)->pMethods->xShmLock(real_of(file), offset, count, flags);
}
void x_shm_barrier(sqlite3_file* file) { real_of(file)->pMethods->xShmBarrier(real_of(file)); }
int x_shm_unmap(sqlite3_file* file, int delete_flag)
{
    return real_of(file)->pMethods->xShmUnmap(real_of(file), delete_flag);
}
int x_fetch(sqlite3_file* file, sqlite3_int64 offset, int amount, void** out)
{
    return real_of(file)->pMethods->xFetch(real_of(file), offset, amount, out);
}
int x_unfetch(sqlite3_file* file, sqlite3_int64 offset, void* pointer)
{
    return real_of(file)->pMethods->xUnfetch(real_of(file), offset, pointer);
}

// Version 3: with the shared-memory methods WAL needs and the memory-map ones.
const sqlite3_io_methods faulty_methods{
    3,           x_close,        x_read,          x_write,         x_truncate,
    x_sync,      x_file_size,    x_lock,          x_unlock,        x_check_reserved_lock,
    x_file_control, x_sector_size, x_device_characteristics, x_shm_map, x_shm_lock,
    x_shm_barrier, x_shm_unmap,  x_fetch,         x_unfetch,
};

int x_open(sqlite3_vfs* vfs, sqlite3_filename name, sqlite3_file* file, int flags, int* out_flags)
{
    auto* owner = static_cast<FaultyVfs*>(vfs->pAppData);
    auto* faulty = reinterpret_cast<FaultyFile*>(file);
    faulty->owner = owner;
    faulty->real = reinterpret_cast<sqlite3_file*>(faulty + 1);
    const int result = owner->real()->xOpen(owner->real(), name, faulty->real, flags, out_flags);
    // SQLite calls xClose only on a handle whose pMethods is set: mirror the real handle.
    faulty->base.pMethods = faulty->real->pMethods != nullptr ? &faulty_methods : nullptr;
    return result;
}

}  // namespace

FaultyVfs::FaultyVfs() : m_real(sqlite3_vfs_find(nullptr))
{
    // Everything but opening files is the real VFS's own (the unix VFS ignores which struct it
    // is called through there).
    m_vfs = *m_real;
    m_vfs.szOsFile = static_cast<int>(sizeof(FaultyFile)) + m_real->szOsFile;
    m_vfs.zName = "kiosk_faulty";
    m_vfs.pAppData = this;
    m_vfs.pNext = nullptr;
    m_vfs.xOpen = x_open;
    sqlite3_vfs_register(&m_vfs, 1);
}

FaultyVfs::~FaultyVfs()
{
    sqlite3_vfs_unregister(&m_vfs);
    sqlite3_vfs_register(m_real, 1);
}

void FaultyVfs::arm(FaultyCall call, int nth)
{
    m_call = call;
    m_countdown = nth;
    m_fired = false;
}

void FaultyVfs::disarm() { m_countdown = 0; }

bool FaultyVfs::should_fail(FaultyCall call)
{
    if (m_countdown == 0 || call != m_call) return false;
    if (m_countdown > 1) {
        --m_countdown;
        return false;
    }
    m_fired = true;
    return true;
}

}  // namespace kiosk::store::records_testing

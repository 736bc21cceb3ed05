using System.Runtime.InteropServices;

namespace Objecteur.Print.Render;

/// <summary>
/// The files one command writes into one folder, made visible together. Each file is first
/// written beside its target under a hidden temporary name; <see cref="Commit"/> flushes them,
/// renames them over their targets and flushes the folder, so a failure or a kill before that
/// leaves every previous file as it was. The folder is locked for the batch, so two builds into
/// one folder do not mix their files, and temporary files left by a killed run are removed.
/// </summary>
public sealed class OutputBatch : IDisposable
{
    private const string TemporarySuffix = ".objecteur-tmp";

    private readonly FileStream _lock;
    private readonly List<(string Temporary, string Target)> _pending = [];

    private OutputBatch(string folder, FileStream lockFile)
    {
        Folder = folder;
        _lock = lockFile;
    }

    public string Folder { get; }

    /// <summary>Creates <paramref name="folder"/> if needed and takes its lock; <paramref name="display"/>
    /// is how messages name it.</summary>
    public static OutputBatch Open(string folder, string display)
    {
        folder = Path.GetFullPath(folder);
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DiagnosticException(new Diagnostic(display, 0, 0, "impossible d'écrire dans ce dossier",
                "vérifiez que ce n'est pas un fichier, qu'il n'est pas en lecture seule et qu'il reste de la place sur le disque, ou choisissez-en un autre avec --sortie DOSSIER."));
        }
        FileStream lockFile;
        try
        {
            // FileShare.None is an exclusive advisory lock (flock) on Unix, a share lock on Windows.
            lockFile = new FileStream(LockPath(folder), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new DiagnosticException(new Diagnostic(display, 0, 0, "une autre fabrication écrit déjà dans ce dossier",
                "attendez qu'elle se termine, ou choisissez un autre dossier avec --sortie DOSSIER."));
        }
        var batch = new OutputBatch(folder, lockFile);
        batch.RemoveLeftovers();
        return batch;
    }

    /// <summary>Writes <paramref name="bytes"/> for <paramref name="fileName"/>; it replaces the
    /// previous file only at <see cref="Commit"/>.</summary>
    public void Add(string fileName, ReadOnlySpan<byte> bytes)
    {
        var target = Path.Combine(Folder, fileName);
        var temporary = Path.Combine(Folder, $".{fileName}.{Guid.NewGuid():N}{TemporarySuffix}");
        using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
        {
            stream.Write(bytes);
            StartWriteback(stream);
        }
        _pending.Add((temporary, target));
    }

    /// <summary>Makes every added file visible, durably; returns their paths in the order added.</summary>
    /// <param name="supersedes">Names of earlier files this batch replaces as a set (a merge's
    /// letters): those it did not write again are removed, so two runs never mix.</param>
    public IReadOnlyList<string> Commit(Func<string, bool>? supersedes = null)
    {
        FlushFiles();
        var written = new List<string>(_pending.Count);
        foreach (var (temporary, target) in _pending)
        {
            File.Move(temporary, target, overwrite: true);
            written.Add(target);
        }
        _pending.Clear();
        if (supersedes is not null)
        {
            var kept = written.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
            foreach (var stale in Directory.EnumerateFiles(Folder).Where(f => Path.GetFileName(f) is var n && !kept.Contains(n) && supersedes(n!)).ToList())
                File.Delete(stale);
        }
        FlushFolder(Folder);
        return written;
    }

    /// <summary>Drops what was not committed and releases the folder.</summary>
    public void Dispose()
    {
        foreach (var (temporary, _) in _pending)
            if (File.Exists(temporary)) File.Delete(temporary);
        _pending.Clear();
        _lock.Dispose();
    }

    /// <summary>The folder's lock lives in the temporary folder, named after the folder's path:
    /// nothing but the documents appears in the user's folder.</summary>
    private static string LockPath(string folder)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(folder));
        return Path.Combine(Path.GetTempPath(), $"objecteur-{Convert.ToHexStringLower(hash.AsSpan(0, 12))}.lock");
    }

    /// <summary>With the lock held no other run is writing: any temporary file is a leftover of a killed one.</summary>
    private void RemoveLeftovers()
    {
        foreach (var file in Directory.EnumerateFiles(Folder, "." + "*" + TemporarySuffix))
            File.Delete(file);
    }

    /// <summary>Puts every written file on disk before any rename: on Linux with one <c>syncfs</c>
    /// of the folder's file system (a merge writes thousands of files, and one flush per file was
    /// a good part of its time), elsewhere file by file.</summary>
    private void FlushFiles()
    {
        if (_pending.Count == 0) return;
        if (OperatingSystem.IsLinux())
        {
            var fd = Open(Folder, 0 /* O_RDONLY */);
            if (fd >= 0)
            {
                var synced = SyncFs(fd) == 0;
                _ = Close(fd);
                if (synced) return;
            }
        }
        foreach (var (temporary, _) in _pending)
        {
            using var stream = new FileStream(temporary, FileMode.Open, FileAccess.ReadWrite);
            stream.Flush(flushToDisk: true);
        }
    }

    /// <summary>Asks Linux to start writing the file to the disk now, without waiting: the flush
    /// at <see cref="Commit"/> then finds most of the batch written already, instead of writing
    /// all of it while the command waits.</summary>
    private static void StartWriteback(FileStream stream)
    {
        if (!OperatingSystem.IsLinux()) return;
        _ = SyncFileRange((int)stream.SafeFileHandle.DangerousGetHandle(), 0, 0, 2 /* SYNC_FILE_RANGE_WRITE */);
    }

    /// <summary>A rename is durable only once the folder itself is flushed (POSIX); Windows has no such step.</summary>
    private static void FlushFolder(string folder)
    {
        if (OperatingSystem.IsWindows()) return;
        var fd = Open(folder, 0 /* O_RDONLY */);
        if (fd < 0) return;
        _ = Fsync(fd);
        _ = Close(fd);
    }

    [DllImport("libc", EntryPoint = "open")]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "fsync")]
    private static extern int Fsync(int fd);

    [DllImport("libc", EntryPoint = "syncfs")]
    private static extern int SyncFs(int fd);

    [DllImport("libc", EntryPoint = "sync_file_range")]
    private static extern int SyncFileRange(int fd, long offset, long count, uint flags);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int fd);
}

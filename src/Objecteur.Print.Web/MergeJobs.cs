using System.Collections.Concurrent;
using System.Security.Cryptography;
using Objecteur.Print.Content;
using Objecteur.Print.Pipeline;

namespace Objecteur.Print.Web;

/// <summary>A mail merge running in the background: how far it is, then what it made.</summary>
public sealed class MergeJob(LetterModel letter, int total)
{
    private int _rows, _written;
    public LetterModel Letter { get; } = letter;
    public int Total { get; } = total;
    public int Rows => Volatile.Read(ref _rows);
    public int Written => Volatile.Read(ref _written);
    public MergeOutcome? Outcome { get; internal set; }
    public bool Failed { get; internal set; }
    public DateTime Started { get; } = DateTime.UtcNow;

    internal void Report(MergeProgress progress)
    {
        Volatile.Write(ref _rows, progress.Rows);
        Volatile.Write(ref _written, progress.Written);
    }
}

/// <summary>
/// The workshop's mail merges, in memory only: a ZIP waits for its one download, then is
/// forgotten; a merge nobody fetches is dropped after <see cref="Lifetime"/>. Job names are
/// random, so one merge's letters cannot be guessed from another's address.
/// </summary>
public sealed class MergeJobs
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    private readonly ConcurrentDictionary<string, MergeJob> _jobs = new(StringComparer.Ordinal);

    public string Start(LetterModel letter, int total, Func<IProgress<MergeProgress>, MergeOutcome> run)
    {
        foreach (var old in _jobs.Where(j => DateTime.UtcNow - j.Value.Started > Lifetime)) _jobs.TryRemove(old.Key, out _);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var job = new MergeJob(letter, total);
        _jobs[id] = job;
        _ = Task.Run(() =>
        {
            try
            {
                job.Outcome = run(new Progress(job));
            }
            catch (Exception)
            {
                job.Failed = true;
            }
        });
        return id;
    }

    public MergeJob? Get(string id) => _jobs.GetValueOrDefault(id);

    /// <summary>The finished merge's ZIP, handed out once.</summary>
    public MergeOutcome? Take(string id)
    {
        if (!_jobs.TryGetValue(id, out var job) || job.Outcome is not { } outcome) return null;
        job.Outcome = outcome with { Zip = [] };
        return outcome.Zip.Length > 0 ? outcome : null;
    }

    /// <summary>Reports synchronously (not through a captured context) so the page sees the latest row.</summary>
    private sealed class Progress(MergeJob job) : IProgress<MergeProgress>
    {
        public void Report(MergeProgress value) => job.Report(value);
    }
}

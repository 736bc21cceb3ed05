namespace Objecteur.Print.Pipeline;

/// <summary>When a build happens, as its files say it.</summary>
public static class BuildDate
{
    /// <summary>The build date: <c>SOURCE_DATE_EPOCH</c> when set (reproducible builds), else
    /// today at midnight UTC — not the current second, so rebuilding the same content on the same
    /// day gives the same bytes.</summary>
    public static DateTimeOffset Instant()
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (string.IsNullOrWhiteSpace(epoch)) return new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero);
        // Years 1970 to 9999: what a PDF date can say.
        return long.TryParse(epoch.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : throw new DiagnosticException(new Diagnostic("SOURCE_DATE_EPOCH", 0, 0,
                $"la variable d'environnement SOURCE_DATE_EPOCH vaut « {epoch} », qui n'est pas une date",
                "donnez un nombre de secondes depuis le 1er janvier 1970 (ex. 1764547200), ou retirez la variable."));
    }
}

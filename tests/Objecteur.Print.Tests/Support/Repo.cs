namespace Objecteur.Print.Tests.Support;

/// <summary>Paths of the repository the tests run from (the real kit is the repository itself).</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string TestDirectory => Path.Combine(Root, "tests", "Objecteur.Print.Tests");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Objecteur.Print.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}

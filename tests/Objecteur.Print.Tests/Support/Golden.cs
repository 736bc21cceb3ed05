namespace Objecteur.Print.Tests.Support;

/// <summary>
/// Golden files in place of Verify: the text is compared with <c>Golden/{name}.approved.txt</c>;
/// on a difference <c>{name}.received.txt</c> is written beside it for a diff tool, and the test
/// fails. Set OBJECTEUR_APPROVE=1 to accept the received text after looking at the PDF.
/// </summary>
public static class Golden
{
    public static void Verify(string name, string actual)
    {
        var folder = Path.Combine(Repo.TestDirectory, "Golden");
        var approved = Path.Combine(folder, name + ".approved.txt");
        var received = Path.Combine(folder, name + ".received.txt");
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("OBJECTEUR_APPROVE") == "1")
        {
            File.WriteAllText(approved, actual);
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        var expected = File.Exists(approved) ? File.ReadAllText(approved).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual);
        var firstDiff = FirstDifferentLine(expected ?? "", actual);
        Assert.Fail(expected is null
            ? $"no approved file for '{name}'; wrote {received} — review it, then rename it to .approved.txt"
            : $"'{name}' differs from the approved layout at line {firstDiff}; see {received}");
    }

    private static int FirstDifferentLine(string a, string b)
    {
        var x = a.Split('\n');
        var y = b.Split('\n');
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
            if (x[i] != y[i]) return i + 1;
        return Math.Min(x.Length, y.Length) + 1;
    }
}

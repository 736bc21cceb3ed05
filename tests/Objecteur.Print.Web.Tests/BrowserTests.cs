using System.Text.Json;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using UglyToad.PdfPig;

namespace Objecteur.Print.Web.Tests;

/// <summary>The workshop on a real Kestrel (port 0) and Debian's Chromium, headless, driven by
/// chromedriver. Missing browser = failure with a message saying what to install (never a skip).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";
    public const string ChromeDriver = "/usr/bin/chromedriver";

    public Workshop Workshop { get; private set; } = null!;
    public Uri Address { get; private set; } = null!;
    public string KitRoot { get; } = TestKit.Copy();
    public string Downloads { get; } = Path.Combine(Path.GetTempPath(), "objecteur-web-dl-" + Guid.NewGuid().ToString("N"));
    private readonly string _profile = Path.Combine(Path.GetTempPath(), "objecteur-web-chromium-" + Guid.NewGuid().ToString("N"));
    private ChromeDriver? _driver;

    public ChromeDriver Driver => _driver ?? throw new InvalidOperationException(
        $"Chromium or chromedriver is missing ({Chromium}, {ChromeDriver}): run tests/setup.sh (apt-get install chromium chromium-driver).");

    public async Task InitializeAsync()
    {
        Workshop = Workshop.Create(new WorkshopOptions(KitRoot, 0));
        Address = await Workshop.StartAsync();
        if (!File.Exists(Chromium) || !File.Exists(ChromeDriver)) return;
        Directory.CreateDirectory(Downloads);
        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            $"--user-data-dir={_profile}", "--window-size=1280,900", "--lang=fr-FR");
        options.AddUserProfilePreference("download.default_directory", Downloads);
        options.AddUserProfilePreference("download.prompt_for_download", false);
        options.AddUserProfilePreference("plugins.always_open_pdf_externally", true);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriver)!, Path.GetFileName(ChromeDriver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        _driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        _driver?.Quit();
        await Workshop.DisposeAsync();
        foreach (var dir in new[] { KitRoot, Downloads, _profile })
            try { if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    public void Open(string path) => Driver.Navigate().GoToUrl(new Uri(Address, path));

    public string AxeSource { get; } = File.ReadAllText(Path.Combine(TestKit.RepositoryRoot, "tests", "Objecteur.Print.Web.Tests", "node_modules", "axe-core", "axe.min.js") is var path && File.Exists(path) ? path
        : throw new FileNotFoundException("axe-core is missing: run tests/setup.sh (npm ci in tests/Objecteur.Print.Web.Tests)."));
}

[CollectionDefinition("navigateur", DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;

[Collection("navigateur")]
public sealed class BrowserTests(BrowserFixture browser)
{
    private ChromeDriver Driver => browser.Driver;

    private void Fill(IEnumerable<(string Key, string Value)> values)
    {
        foreach (var (key, value) in values)
        {
            var field = Driver.FindElement(By.Id("champ-" + key));
            field.Clear();
            field.SendKeys(value);
        }
    }

    [Fact]
    public void The_caf_form_filled_in_chromium_downloads_the_letter_with_its_text()
    {
        foreach (var old in Directory.EnumerateFiles(browser.Downloads)) File.Delete(old);
        browser.Open("/lettres/caf-papier");
        Fill(TestKit.CafValues);
        Driver.FindElement(By.CssSelector("button[value=telecharger]")).Click();
        var file = Path.Combine(browser.Downloads, "lettre-caf-papier-remplie.pdf");
        new WebDriverWait(Driver, TimeSpan.FromSeconds(60)).Until(_ => File.Exists(file) && new FileInfo(file).Length > 0);
        using var pdf = PdfDocument.Open(File.ReadAllBytes(file));
        var text = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
        Assert.Contains("Camille Martin", text);
        Assert.Contains("7654321", text);
        Assert.Contains("Tilleuls", text);
        Assert.Contains("CAF de la Loire", text);
    }

    [Fact]
    public void A_missing_field_is_announced_and_the_summary_links_to_it()
    {
        browser.Open("/lettres/caf-papier");
        Fill(TestKit.CafValues.Where(v => v.Key != "numero_allocataire"));
        Driver.FindElement(By.CssSelector("button[value=apercu]")).Click();
        var summary = new WebDriverWait(Driver, TimeSpan.FromSeconds(30)).Until(d => d.FindElements(By.Id("erreurs")).FirstOrDefault());
        Assert.Equal("erreurs", Driver.SwitchTo().ActiveElement().GetAttribute("id"));
        summary.FindElement(By.CssSelector("a[href='#champ-numero_allocataire']")).Click();
        Assert.Equal("champ-numero_allocataire", Driver.SwitchTo().ActiveElement().GetAttribute("id"));
        Assert.Equal("Camille Martin", Driver.FindElement(By.Id("champ-nom")).GetAttribute("value"));
    }

    [Fact]
    public void The_recipient_address_is_checked_as_you_type()
    {
        browser.Open("/lettres/caf-papier");
        var address = Driver.FindElement(By.Id("champ-caf_adresse"));
        address.SendKeys("Caisse d'allocations familiales, 3 avenue du Président Émile Loubet");
        var check = Driver.FindElement(By.Id("controle-caf_adresse"));
        Assert.Contains("La ligne 1 fait 67 caractères : 38 au plus.", check.Text);
        address.Clear();
        address.SendKeys("3 av Émile Loubet\n42000 Saint-Étienne");
        Assert.Equal("", check.Text);
    }

    [Fact]
    public void The_keyboard_alone_reaches_every_field_and_button_of_the_letter_form()
    {
        browser.Open("/lettres/caf-papier");
        var wanted = TestKit.CafValues.Select(v => "champ-" + v.Key).ToHashSet();
        var reached = new List<string>();
        var body = Driver.FindElement(By.TagName("body"));
        for (var i = 0; i < 40; i++)
        {
            new OpenQA.Selenium.Interactions.Actions(Driver).SendKeys(Keys.Tab).Perform();
            var active = Driver.SwitchTo().ActiveElement();
            reached.Add(active.GetAttribute("id") is { Length: > 0 } id ? id : active.TagName + ":" + (active.GetAttribute("value") ?? active.Text));
        }
        Assert.Superset(wanted, reached.ToHashSet());
        Assert.Contains("button:apercu", reached);
        Assert.Contains("button:telecharger", reached);
        // Fields come in the order of the model, after the skip link and the menu.
        var order = reached.Where(wanted.Contains).Distinct().ToList();
        Assert.Equal(TestKit.CafValues.Select(v => "champ-" + v.Key), order);
        Assert.Equal("Aller au contenu", reached.Count > 0 ? Driver.FindElement(By.CssSelector(".evitement")).GetAttribute("textContent") : "");
    }

    [Fact]
    public void The_keyboard_carries_what_was_typed_to_a_follow_up_letter_whose_page_has_no_violation()
    {
        browser.Open("/lettres/caf-papier");
        Fill(TestKit.CafValues);
        var button = Driver.FindElement(By.CssSelector("button[formaction='/lettres/caf-papier-relance']"));
        new OpenQA.Selenium.Interactions.Actions(Driver).ScrollToElement(button).Perform();
        ((IJavaScriptExecutor)Driver).ExecuteScript("arguments[0].focus();", button);
        new OpenQA.Selenium.Interactions.Actions(Driver).SendKeys(Keys.Enter).Perform();
        new WebDriverWait(Driver, TimeSpan.FromSeconds(30)).Until(d => d.Url.EndsWith("/lettres/caf-papier-relance", StringComparison.Ordinal));
        Assert.Equal("Camille Martin", Driver.FindElement(By.Id("champ-nom")).GetAttribute("value"));
        Assert.Equal("7654321", Driver.FindElement(By.Id("champ-numero_allocataire")).GetAttribute("value"));
        Assert.Equal("", Driver.FindElement(By.Id("champ-date_premiere")).GetAttribute("value"));
        Assert.Empty(Driver.FindElements(By.Id("erreurs")));
        AssertNoViolations("lettre de suite préparée");
    }

    [Fact]
    public void A_mail_merge_in_chromium_shows_progress_then_the_skipped_rows()
    {
        var csv = Path.Combine(browser.Downloads, "personnes.csv");
        File.WriteAllText(csv, "nom;adresse;numero_allocataire;caf_nom;caf_adresse;ville\n"
            + string.Concat(Enumerable.Repeat("Camille Martin;4 rue des Tilleuls / 42100 Saint-Étienne;7654321;CAF de la Loire;3 av Émile Loubet / 42000 Saint-Étienne;Saint-Étienne\n", 5))
            + "Sans Numéro;1 rue A / 42000 Saint-Étienne;;CAF de la Loire;3 av Émile Loubet / 42000 Saint-Étienne;Saint-Étienne\n");
        browser.Open("/publipostage");
        Driver.FindElement(By.CssSelector("#champ-modele option[value=caf-papier]")).Click();
        Driver.FindElement(By.Id("champ-fichier")).SendKeys(csv);
        Driver.FindElement(By.CssSelector("form[action='/publipostage'] button")).Click();
        new WebDriverWait(Driver, TimeSpan.FromSeconds(120)).Until(d => d.FindElements(By.CssSelector("table.ignorees")).Count > 0);
        Assert.Contains("5 lettre(s) fabriquée(s), 1 ligne(s) ignorée(s)", Driver.PageSource);
        Assert.Equal("7", Driver.FindElement(By.CssSelector("table.ignorees td")).Text);
    }

    [Fact]
    public void The_keyboard_alone_reaches_the_merge_form_s_fields_and_ticks_its_large_print_box()
    {
        browser.Open("/publipostage");
        var reached = new List<string>();
        for (var i = 0; i < 20 && !reached.Contains("gros-caracteres"); i++)
        {
            new OpenQA.Selenium.Interactions.Actions(Driver).SendKeys(Keys.Tab).Perform();
            reached.Add(Driver.SwitchTo().ActiveElement().GetAttribute("id") ?? "");
        }
        Assert.Equal(["champ-modele", "champ-fichier", "gros-caracteres"], reached.Where(id => id is "champ-modele" or "champ-fichier" or "gros-caracteres"));
        new OpenQA.Selenium.Interactions.Actions(Driver).SendKeys(Keys.Space).Perform();
        Assert.True(Driver.FindElement(By.Id("gros-caracteres")).Selected);
        new OpenQA.Selenium.Interactions.Actions(Driver).SendKeys(Keys.Tab).Perform();
        Assert.Equal("Fabriquer les lettres", Driver.SwitchTo().ActiveElement().Text);
    }

    public static TheoryData<string> Pages => new() { "/", "/lettres", "/lettres/caf-papier", "/lettres/prefecture-alternative", "/publipostage", "/collectif", "/page-inconnue" };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Axe_finds_no_accessibility_violation(string path)
    {
        browser.Open(path);
        Assert.Equal("fr", Driver.FindElement(By.TagName("html")).GetAttribute("lang"));
        AssertNoViolations(path);
    }

    [Fact]
    public void Axe_finds_no_violation_in_a_form_showing_errors()
    {
        browser.Open("/lettres/caf-papier");
        Driver.FindElement(By.CssSelector("button[value=telecharger]")).Click();
        new WebDriverWait(Driver, TimeSpan.FromSeconds(30)).Until(d => d.FindElements(By.CssSelector(".erreur")).Count > 0);
        AssertNoViolations("lettre en erreur");
    }

    private void AssertNoViolations(string page)
    {
        Driver.ExecuteScript(browser.AxeSource);
        var json = Driver.ExecuteAsyncScript(
            "var done = arguments[arguments.length - 1];" +
            "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })" +
            ".then(function (r) { done(JSON.stringify(r.violations.map(function (v) { return { id: v.id, help: v.help, nodes: v.nodes.map(function (n) { return n.html; }) }; }))); })" +
            ".catch(function (e) { done('ERROR ' + e); });") as string ?? "ERROR no answer from axe";
        Assert.False(json.StartsWith("ERROR", StringComparison.Ordinal), json);
        using var violations = JsonDocument.Parse(json);
        Assert.True(violations.RootElement.GetArrayLength() == 0, $"{page}: {json}");
    }
}

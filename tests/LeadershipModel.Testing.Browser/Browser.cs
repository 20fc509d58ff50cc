using System.Drawing;
using System.Globalization;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Xunit;

namespace LeadershipModel.Testing.Browser;

/// <summary>
/// Headless Debian Chromium driven by Selenium through <c>/usr/bin/chromedriver</c>, for browser checks in tests:
/// load a local file or a loopback URL, set the window width, measure sideways overflow and element boxes, and save
/// screenshots as test artefacts under <c>TestResults/screenshots</c> beside the test assembly.
/// </summary>
/// <remarks>
/// <para>Nothing is downloaded: the driver and browser paths are given, and <c>SE_OFFLINE=true</c> keeps Selenium
/// Manager offline. Each session has a fresh temporary profile, deleted on dispose.</para>
/// <para>Where Chromium or chromedriver is missing, <see cref="Start"/> skips the test with the reason; when the
/// environment variable <c>LEADERSHIP_REQUIRE_BROWSER=1</c> is set (CI sets it), it fails instead.</para>
/// <para>A session is not thread-safe; use one per test.</para>
/// </remarks>
public sealed class BrowserSession : IDisposable
{
    /// <summary>Debian's Chromium.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Debian's chromedriver (package <c>chromium-driver</c>).</summary>
    public const string DriverPath = "/usr/bin/chromedriver";

    /// <summary>The environment variable that turns a missing browser from a skip into a failure.</summary>
    public const string RequireVariable = "LEADERSHIP_REQUIRE_BROWSER";

    private readonly ChromeDriver driver;
    private readonly string profile;

    private BrowserSession(ChromeDriver driver, string profile)
    {
        this.driver = driver;
        this.profile = profile;
    }

    /// <summary>
    /// The Selenium driver, for tests that click, type and read pages. Find elements by what a user sees (labels,
    /// button texts, link texts) or by ids, not by page structure.
    /// </summary>
    public IWebDriver Driver => driver;

    /// <summary>The folder screenshots are saved in: <c>TestResults/screenshots</c> beside the test assembly.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <summary>Why no browser can be started here, or <see langword="null"/> when Chromium and its driver are installed.</summary>
    public static string? MissingReason =>
        !File.Exists(ChromiumPath) ? $"Chromium is not installed ({ChromiumPath}); install Debian's chromium and chromium-driver to run browser checks."
        : !File.Exists(DriverPath) ? $"chromedriver is not installed ({DriverPath}); install Debian's chromium-driver to run browser checks."
        : null;

    /// <summary>
    /// Starts a headless browser with a window of the given size, or skips the test (fails it when
    /// <c>LEADERSHIP_REQUIRE_BROWSER=1</c>) where Chromium is missing.
    /// </summary>
    /// <param name="width">The window width in CSS pixels.</param>
    /// <param name="height">The window height in CSS pixels.</param>
    /// <param name="downloadFolder">Where downloads go (PDFs are downloaded, not shown); none by default.</param>
    /// <returns>The session; dispose it to close the browser.</returns>
    public static BrowserSession Start(int width = 1280, int height = 900, string? downloadFolder = null)
    {
        if (MissingReason is { } reason)
        {
            if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
            {
                Assert.Fail($"{reason} {RequireVariable}=1 requires the browser checks to run.");
            }

            Assert.Skip(reason);
        }

        Environment.SetEnvironmentVariable("SE_OFFLINE", "true");
        var profile = Path.Combine(Path.GetTempPath(), "leadership-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--user-data-dir=" + profile,
            $"--window-size={width},{height}");
        if (downloadFolder is not null)
        {
            Directory.CreateDirectory(downloadFolder);
            options.AddUserProfilePreference("download.default_directory", Path.GetFullPath(downloadFolder));
            options.AddUserProfilePreference("download.prompt_for_download", false);
            options.AddUserProfilePreference("plugins.always_open_pdf_externally", true);
        }

        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(DriverPath)!, Path.GetFileName(DriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        try
        {
            var session = new BrowserSession(new ChromeDriver(service, options, TimeSpan.FromSeconds(120)), profile);
            session.SetWindowSize(width, height);
            return session;
        }
        catch
        {
            service.Dispose();
            TryDelete(profile);
            throw;
        }
    }

    /// <summary>Loads a local file (a path) or a page on this machine (<c>http://127.0.0.1…</c> or <c>http://localhost…</c>).</summary>
    /// <param name="pathOrUrl">A file path or a loopback URL.</param>
    /// <exception cref="ArgumentException">The URL is not a local file or loopback address.</exception>
    public void Open(string pathOrUrl)
    {
        ArgumentNullException.ThrowIfNull(pathOrUrl);
        Uri uri;
        if (Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var given) && given.Scheme is "http" or "https")
        {
            if (!given.IsLoopback)
            {
                throw new ArgumentException($"Browser checks only load pages on this machine, not {given.Host}.", nameof(pathOrUrl));
            }

            uri = given;
        }
        else
        {
            uri = new Uri(Path.GetFullPath(pathOrUrl));
        }

        driver.Navigate().GoToUrl(uri);
    }

    /// <summary>Sets the size of the viewport, in CSS pixels, by resizing the window.</summary>
    /// <param name="width">The viewport width.</param>
    /// <param name="height">The viewport height.</param>
    public void SetWindowSize(int width, int height = 900)
    {
        driver.Manage().Window.Size = new Size(width, height);
        // The window includes browser chrome in some modes: correct by what the page reports.
        var inner = Convert.ToInt32(driver.ExecuteScript("return window.innerWidth;"), CultureInfo.InvariantCulture);
        if (inner != width)
        {
            driver.Manage().Window.Size = new Size(width + (width - inner), height);
        }
    }

    /// <summary>The viewport width the page sees (<c>window.innerWidth</c>).</summary>
    public int ViewportWidth => Convert.ToInt32(driver.ExecuteScript("return window.innerWidth;"), CultureInfo.InvariantCulture);

    /// <summary>
    /// Sideways overflow of the loaded page: <c>document.documentElement.scrollWidth</c> and <c>clientWidth</c>.
    /// The page overflows when the first is larger.
    /// </summary>
    /// <returns>The two widths.</returns>
    public PageWidths MeasureWidths()
    {
        var scroll = Convert.ToInt32(driver.ExecuteScript("return document.documentElement.scrollWidth;"), CultureInfo.InvariantCulture);
        var client = Convert.ToInt32(driver.ExecuteScript("return document.documentElement.clientWidth;"), CultureInfo.InvariantCulture);
        return new PageWidths(scroll, client);
    }

    /// <summary>The bounding box (<c>getBoundingClientRect</c>) of the first element matching a CSS selector.</summary>
    /// <param name="cssSelector">The selector.</param>
    /// <returns>The box in CSS pixels, relative to the viewport.</returns>
    /// <exception cref="NoSuchElementException">No element matches.</exception>
    public ElementBox BoundingBox(string cssSelector)
    {
        var element = driver.FindElement(By.CssSelector(cssSelector));
        var values = (IReadOnlyCollection<object>)driver.ExecuteScript(
            "const r = arguments[0].getBoundingClientRect(); return [r.left, r.top, r.width, r.height];", element)!;
        var v = values.Select(x => Convert.ToDouble(x, CultureInfo.InvariantCulture)).ToArray();
        return new ElementBox(v[0], v[1], v[2], v[3]);
    }

    /// <summary>The loaded page's title (<c>document.title</c>).</summary>
    public string Title => driver.Title;

    /// <summary>The rendered text of the first element matching a CSS selector (its <c>innerText</c>).</summary>
    /// <param name="cssSelector">The selector.</param>
    /// <returns>The text, as the user sees it.</returns>
    /// <exception cref="NoSuchElementException">No element matches.</exception>
    public string Text(string cssSelector) => driver.FindElement(By.CssSelector(cssSelector)).Text;

    /// <summary>Scrolls the first element matching a CSS selector to the top of the viewport.</summary>
    /// <param name="cssSelector">The selector.</param>
    public void ScrollTo(string cssSelector)
    {
        var element = driver.FindElement(By.CssSelector(cssSelector));
        driver.ExecuteScript("arguments[0].scrollIntoView({block: 'start'});", element);
    }

    /// <summary>Saves a PNG screenshot of the viewport under <see cref="ScreenshotFolder"/>.</summary>
    /// <param name="name">The file name without extension (letters, digits, <c>-</c>, <c>_</c> and <c>.</c>).</param>
    /// <returns>The full path of the saved file.</returns>
    public string Screenshot(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var safe = new string([.. name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-')]);
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, safe + ".png");
        File.WriteAllBytes(path, driver.GetScreenshot().AsByteArray);
        return path;
    }

    /// <summary>Closes the browser and deletes its temporary profile.</summary>
    public void Dispose()
    {
        driver.Quit();
        driver.Dispose();
        TryDelete(profile);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a lock file for a moment; the folder is under the temp folder.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}

/// <summary>The document's scroll width and client width, in CSS pixels.</summary>
/// <param name="ScrollWidth"><c>document.documentElement.scrollWidth</c>.</param>
/// <param name="ClientWidth"><c>document.documentElement.clientWidth</c>.</param>
public readonly record struct PageWidths(int ScrollWidth, int ClientWidth)
{
    /// <summary>Whether the page scrolls sideways.</summary>
    public bool Overflows => ScrollWidth > ClientWidth;
}

/// <summary>An element's box relative to the viewport, in CSS pixels.</summary>
/// <param name="Left">Left edge.</param>
/// <param name="Top">Top edge.</param>
/// <param name="Width">Width.</param>
/// <param name="Height">Height.</param>
public readonly record struct ElementBox(double Left, double Top, double Width, double Height)
{
    /// <summary>The horizontal centre.</summary>
    public double CentreX => Left + (Width / 2);
}

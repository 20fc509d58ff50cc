using System.Diagnostics;
using LeadershipModel.Testing.Browser;
using OpenQA.Selenium;

namespace LeadershipModel.Campaigns.Tests.Browser;

/// <summary>
/// What a user does in the browser, found by what a user sees: a field by its label, a button or link by its text.
/// Clicks that leave the page wait until the next page has loaded.
/// </summary>
internal static class PageActions
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static IJavaScriptExecutor Script(this BrowserSession browser) => (IJavaScriptExecutor)browser.Driver;

    /// <summary>Opens a page and waits for it.</summary>
    public static void Go(this BrowserSession browser, Uri url)
    {
        browser.Open(url.ToString());
        WaitUntilLoaded(browser);
    }

    /// <summary>The field whose label starts with the text.</summary>
    public static IWebElement Field(this BrowserSession browser, string label)
    {
        var element = browser.Driver.FindElements(By.TagName("label")).FirstOrDefault(l => l.Text.Trim().StartsWith(label, StringComparison.Ordinal))
            ?? throw new NoSuchElementException($"No label starting with '{label}' on {browser.Driver.Url}.");
        var id = element.GetAttribute("for");
        return string.IsNullOrEmpty(id) ? element.FindElement(By.CssSelector("input, select, textarea")) : browser.Driver.FindElement(By.Id(id));
    }

    /// <summary>Types into the field with the label, replacing what it held.</summary>
    public static void Fill(this BrowserSession browser, string label, string text)
    {
        var field = browser.Field(label);
        field.Clear();
        field.SendKeys(text);
    }

    /// <summary>Picks the option with the value in the select with the label.</summary>
    public static void Choose(this BrowserSession browser, string label, Func<string, bool> value)
    {
        var option = browser.Field(label).FindElements(By.TagName("option")).First(o => value(o.GetAttribute("value") ?? string.Empty));
        option.Click();
    }

    /// <summary>The button whose text starts with the text, if any.</summary>
    public static IWebElement? FindButton(this BrowserSession browser, string text)
        => browser.Driver.FindElements(By.TagName("button")).FirstOrDefault(b => b.Text.Trim().StartsWith(text, StringComparison.Ordinal));

    /// <summary>Clicks the button whose text starts with the text, and waits for the next page.</summary>
    public static void Press(this BrowserSession browser, string text)
        => browser.ClickAndWait(browser.FindButton(text) ?? throw new NoSuchElementException($"No button '{text}' on {browser.Driver.Url}."));

    /// <summary>The link whose address contains the text.</summary>
    public static Uri LinkTo(this BrowserSession browser, string pathPart)
        => new(browser.Driver.FindElements(By.TagName("a")).Select(a => a.GetAttribute("href") ?? string.Empty).First(h => h.Contains(pathPart, StringComparison.Ordinal)));

    /// <summary>Clicks the link whose text contains the text, and waits for the next page.</summary>
    public static void Follow(this BrowserSession browser, string text)
        => browser.ClickAndWait(browser.Driver.FindElement(By.PartialLinkText(text)));

    /// <summary>Clicks an element that leaves the page and waits until the next page has loaded.</summary>
    public static void ClickAndWait(this BrowserSession browser, IWebElement element)
    {
        var old = browser.Driver.FindElement(By.TagName("html"));
        element.Click();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            try
            {
                _ = old.TagName;
            }
            catch (WebDriverException)
            {
                // Stale: the old page is gone (chromedriver says so as "stale element" or "node … not in the document").
                WaitUntilLoaded(browser);
                return;
            }

            Thread.Sleep(50);
        }

        throw new TimeoutException($"The page {browser.Driver.Url} did not change within {Patience.TotalSeconds} s of the click.");
    }

    /// <summary>
    /// Checks a radio button in every group of the page's form, the one with the value or else the first: a few
    /// lines of script, so that long questionnaires stay quick to fill; the form is then submitted with real clicks.
    /// </summary>
    /// <returns>How many groups were answered.</returns>
    public static int AnswerEveryQuestion(this BrowserSession browser, int value)
        => Convert.ToInt32(browser.Script().ExecuteScript(
            """
            const groups = {};
            for (const r of document.querySelectorAll('main form input[type=radio]')) (groups[r.name] ??= []).push(r);
            for (const radios of Object.values(groups)) (radios.find(r => r.value === String(arguments[0])) ?? radios[0]).checked = true;
            return Object.keys(groups).length;
            """,
            value), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Counts the checked radio buttons that carry an answer (not "no answer").</summary>
    public static int CheckedAnswers(this BrowserSession browser)
        => Convert.ToInt32(browser.Script().ExecuteScript("return [...document.querySelectorAll('main form input[type=radio]:checked')].filter(r => r.value !== '').length;"), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Waits (60 s at most) for a finished download with the extension in the folder.</summary>
    public static string WaitForDownload(string folder, string extension)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            var done = Directory.Exists(folder) ? Directory.GetFiles(folder, "*" + extension).FirstOrDefault() : null;
            if (done is not null && !File.Exists(done + ".crdownload") && new FileInfo(done).Length > 0)
            {
                return done;
            }

            Thread.Sleep(100);
        }

        throw new TimeoutException($"No {extension} file arrived in {folder} within {Patience.TotalSeconds} s.");
    }

    private static void WaitUntilLoaded(BrowserSession browser)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            if (Equals(browser.Script().ExecuteScript("return document.readyState;"), "complete"))
            {
                return;
            }

            Thread.Sleep(50);
        }

        throw new TimeoutException($"{browser.Driver.Url} did not finish loading within {Patience.TotalSeconds} s.");
    }
}

using LeadershipModel.Testing.Browser;
using OpenQA.Selenium;

namespace LeadershipModel.Snippets.Readme;

/// <summary>The C# block of tests/LeadershipModel.Testing.Browser/README.md.</summary>
public static class BrowserReadme
{
    public static (PageWidths Widths, ElementBox Box, string Title) Check(string path)
    {
        #region browser-session
        using var browser = BrowserSession.Start(width: 760);   // skips the test where Chromium is missing
        browser.Open(path);                                     // a local file, or an http://127.0.0.1:PORT/ page
        var widths = browser.MeasureWidths();                   // document scrollWidth vs clientWidth
        var box = browser.BoundingBox("figure.chart svg");      // getBoundingClientRect of an element
        browser.Screenshot("feedback-760px");                  // bin/…/TestResults/screenshots/feedback-760px.png
        var title = browser.Driver.FindElement(By.TagName("h1")).Text; // the Selenium driver, to click, type and read
        #endregion
        return (widths, box, title);
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;
using HierarchyExplorer.TestSupport;

namespace HierarchyExplorer.Reports.Tests.Rendering;

/// <summary>
/// The report as a browser lays it out (headless Chromium, docs/ci.md): no displayed formula, formula line or figure is wider
/// than the text column, and no formula box scrolls. The widths are measured by a script injected into a copy of the page
/// (the report itself stays script-free) and read back with --dump-dom.
/// </summary>
public partial class ReportLayoutTests
{
    private const string Measure = """
        <script>
        const col = document.body.getBoundingClientRect(), cs = getComputedStyle(document.body);
        const left = col.left + parseFloat(cs.paddingLeft), right = col.right - parseFloat(cs.paddingRight);
        const out = [];
        const check = (kind, e) => {
          const r = e.getBoundingClientRect();
          out.push({kind, left: r.left, right: r.right, width: r.width, scroll: e.scrollWidth - e.clientWidth,
                    text: (e.textContent || '').slice(0, 60)});
        };
        document.querySelectorAll('div.math').forEach(e => check('math-box', e));
        document.querySelectorAll('div.math math, div.math-line math').forEach(e => check('formula', e));
        document.querySelectorAll('.figure svg').forEach(e => check('figure', e));
        document.querySelectorAll('table').forEach(e => check('table', e));
        const pre = document.createElement('pre');
        pre.id = 'hx-layout';
        pre.textContent = JSON.stringify({left, right, items: out});
        document.body.appendChild(pre);
        </script>
        """;

    [ChromiumFact]
    public void NoFormulaOrFigureIsWiderThanTheColumn()
    {
        string html = SmallReport.Html;
        Assert.DoesNotContain("<script", html);
        string dir = Path.Combine(Path.GetTempPath(), $"hx-layout-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            string page = Path.Combine(dir, "index.html");
            File.WriteAllText(page, html.Replace("</body>", Measure + "</body>", StringComparison.Ordinal));
            var r = ExternalTools.Run(ExternalTools.Chromium!,
                ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--log-level=3", $"--user-data-dir={Path.Combine(dir, "profile")}",
                 "--window-size=1200,2000", "--dump-dom", new Uri(page).AbsoluteUri], dir, TimeSpan.FromMinutes(2));
            Assert.True(r.ExitCode == 0 && !r.TimedOut, $"chromium exit {r.ExitCode}: {r.Stderr}");
            var m = Layout().Match(r.Stdout);
            Assert.True(m.Success, "the measuring script wrote nothing:\n" + r.Stdout[..Math.Min(2000, r.Stdout.Length)]);
            using var json = JsonDocument.Parse(System.Net.WebUtility.HtmlDecode(m.Groups[1].Value));
            double left = json.RootElement.GetProperty("left").GetDouble(), right = json.RootElement.GetProperty("right").GetDouble();
            var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
            Assert.True(right - left > 900, $"column {left}..{right}: not the 1000 px column of the report");
            Assert.Contains(items, i => i.GetProperty("kind").GetString() == "formula");
            Assert.Contains(items, i => i.GetProperty("kind").GetString() == "figure");
            var tooWide = items.Where(i => i.GetProperty("left").GetDouble() < left - 0.5 || i.GetProperty("right").GetDouble() > right + 0.5
                                          || i.GetProperty("scroll").GetDouble() > 0)
                .Select(i => $"{i.GetProperty("kind").GetString()} {i.GetProperty("left").GetDouble():F0}..{i.GetProperty("right").GetDouble():F0} (scroll {i.GetProperty("scroll").GetDouble():F0}): {i.GetProperty("text").GetString()}")
                .ToList();
            Assert.True(tooWide.Count == 0, $"column {left:F0}..{right:F0}; wider than it:\n" + string.Join("\n", tooWide));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [GeneratedRegex("<pre id=\"hx-layout\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex Layout();
}

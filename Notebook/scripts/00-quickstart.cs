#!/usr/bin/env -S dotnet run
// The file-based twin of notebooks/00-quickstart.ipynb: a mixture, its limit constant A^1_2 (2.35), a formula.
// Run from anywhere: dotnet run Notebook/scripts/00-quickstart.cs [OUTDIR]   (docs/notebooks.md)
#:project ../Reports/Reports.csproj
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Reports;

var page = StudyPage.Start("Quick start: a mixture and its constants", args);

// A two-species mixture in d = 3 — the paper's case K = 2.
var mixture = Mixture.Create(3, [new Species("light", 1.0, 1.0, 1.0), new Species("heavy", 2.0, 0.5, 2.0)]);
page.Document.Table(["species", "name", "$M_\\alpha$", "$c_\\alpha$", "$r_\\alpha$"],
    mixture.Species.Select((s, i) => (IReadOnlyList<string>)[(i + 1).ToString(), s.Name, Format.G(s.Mass), Format.G(s.C), Format.G(s.RelativeDiameter)]));

// A^1_2 = c_2 ((r_1 + r_2)/(2 r_2))^{d−1} = 0.5 · (3/4)² = 0.28125.
double a12 = mixture.LimitConstant(1, 2);
page.Print($"A^1_2 = {a12}");
page.Document.Paragraph($"The limit constant (2.35) $A^1_2 = c_2\\left(\\frac{{r_1 + r_2}}{{2 r_2}}\\right)^{{d-1}}$ = {Format.G(a12)}:");
page.Document.Latex(@"A^{1}_{2} = c_2 \left(\frac{1 + b}{2}\right)^{d-1},\quad b = \frac{r_1}{r_2}");
page.Check(a12 == 0.28125, "A^1_2 = 0.5 · (3/4)² = 0.28125");
return page.Finish();

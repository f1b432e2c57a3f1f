#!/usr/bin/env -S dotnet run
// The file-based twin of notebooks/02-collision-trees.ipynb: counting (closed form against enumeration), filtered
// families, uniform sampling (χ² test), one tree's diagram, genealogy and rank, and its Duhamel terms (8.14)/(8.18).
// dotnet run Notebook/scripts/02-collision-trees.cs [OUTDIR]   (docs/notebooks.md)
#:project ../Reports/Reports.csproj
using System.Numerics;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Reports;
using HierarchyExplorer.Trees;
using HierarchyExplorer.Trees.Diagrams;
using HierarchyExplorer.Trees.Enumeration;
using HierarchyExplorer.Trees.Filtering;

var page = StudyPage.Start("Collision trees: counting, sampling, a diagram, a Duhamel term", args);

static long Enumerate(SpeciesCounts s, int k, TreeFilter? filter = null)
{
    long n = 0;
    foreach (var _ in CollisionTrees.Family(s, k, filter)) n++;
    return n;
}
static BigInteger ClosedForm(SpeciesCounts s, int k)
{
    BigInteger c = 1;
    for (int i = 1; i <= k; i++) c *= 2 * s.SpeciesCount * (s.Total + i - 1);
    return c;
}

// Counting: (2K)^k |s|(|s|+1)⋯(|s|+k−1), against the enumerated family.
var s11 = new SpeciesCounts(1, 1);
var rows = new List<IReadOnlyList<string>>();
bool countsAgree = true;
for (int k = 0; k <= 4; k++)
{
    var count = CollisionTrees.Count(s11, k);
    long enumerated = Enumerate(s11, k);
    countsAgree &= count == ClosedForm(s11, k) && count == enumerated;
    rows.Add([k.ToString(), count.ToString(), ClosedForm(s11, k).ToString(), enumerated.ToString()]);
}
page.Document.Paragraph("Counts for $s = (1, 1)$:");
page.Document.Table(["$k$", "CollisionTrees.Count", "$(2K)^k\\,|s|(|s|+1)\\cdots(|s|+k-1)$", "enumerated"], rows);
var big = CollisionTrees.Count(new SpeciesCounts(2, 2), 10);
page.Print($"counts agree for k ≤ 4: {countsAgree}; s = (2,2), k = 10: {big:N0} trees — counted, never enumerated");
page.Check(countsAgree && big == BigInteger.Parse("1088250760396800"), "closed form = enumeration for k ≤ 4; 1 088 250 760 396 800 trees for s = (2,2), k = 10");

// Filtered families: dynamic programming against enumeration.
var gainOnly = new TreeFilter(Signs: GainLossFilter.GainOnly);
var cross = new TreeFilter(Pairs: SpeciesPairFilter.CrossSpecies);
var s21 = new SpeciesCounts(2, 1);
bool filtersAgree = CollisionTrees.Count(s21, 3, gainOnly) == Enumerate(s21, 3, gainOnly) && CollisionTrees.Count(s21, 3, cross) == Enumerate(s21, 3, cross);
page.Print($"s = (2,1), k = 3: gain-only {CollisionTrees.Count(s21, 3, gainOnly)}, cross-species {CollisionTrees.Count(s21, 3, cross)}; DP = enumeration: {filtersAgree}");
page.Check(filtersAgree, "filtered counts (DP) = enumeration");

// Uniform sampling: Pearson χ² over the 96 trees of s = (1,1), k = 2 (95 d.o.f.; 0.1 %–99.9 % quantiles 55.2–143.4).
var counts = new Dictionary<BigInteger, int>();
var random = new RandomStream(seed: 2024, stream: 0);
const int draws = 48_000;
for (int n = 0; n < draws; n++)
{
    var rank = CollisionTrees.Rank(CollisionTrees.Sample(s11, 2, random));
    counts[rank] = counts.GetValueOrDefault(rank) + 1;
}
double expected = draws / 96.0;
double chiSquare = counts.Values.Sum(c => (c - expected) * (c - expected) / expected);
page.Print($"{counts.Count} distinct trees drawn; χ² = {chiSquare:F1} on 95 degrees of freedom");
page.Check(counts.Count == 96 && chiSquare is > 55.2 and < 143.4, "all 96 trees drawn; χ² within its 0.1 %–99.9 % quantiles");

// One tree: s = (1,1), α = (1,2,2), β = (2,1,2), j = (+,−,+), m = (1,2,1).
var tree = CollisionTree.Create(s11, [1, 2, 2], [2, 1, 2], [1, -1, 1], [1, 2, 1]);
var genealogy = CollisionTrees.Genealogy(tree);
var deepest = genealogy.Particle(1, 2);
var chain = string.Join(" ← ", genealogy.Ancestors(deepest).Select(p => $"({p.Species},{p.Index})"));
var rankOfTree = CollisionTrees.Rank(tree);
bool unrankRoundTrip = CollisionTrees.Unrank(s11, 3, rankOfTree).Equals(tree);
page.Print($"tree {tree}: ancestry of (1,2): {chain}; depth {genealogy.Depth(deepest)}; rank {rankOfTree} of {CollisionTrees.Count(s11, 3)}");
page.Check(chain == "(1,2) ← (2,2) ← (1,1)" && genealogy.Depth(deepest) == 2 && unrankRoundTrip, "ancestry (1,2) ← (2,2) ← (1,1), depth 2, unrank(rank) = tree");
page.Figure("tree", CollisionTrees.Draw(tree, TreeDiagramFormat.Svg, times: [0.8, 0.5, 0.2], time: 1.0), $"The tree `{tree}` with $t = 1$, $t_1 = 0.8$, $t_2 = 0.5$, $t_3 = 0.2$.");
File.WriteAllText(Path.Combine(page.Folder, "tree.tex"), CollisionTrees.Draw(tree, TreeDiagramFormat.Tikz));
File.WriteAllText(Path.Combine(page.Folder, "tree.dot"), CollisionTrees.Draw(tree, TreeDiagramFormat.Dot));

// Its Duhamel terms: the Boltzmann term (8.18) of the sum (8.17) and the BBGKY term (8.14) of the sum (8.13).
page.Document.Paragraph("Its Boltzmann-hierarchy term (8.18) and its BBGKY term (8.14):");
page.Document.Latex(CollisionTrees.BoltzmannLatex(tree));
page.Document.Latex(CollisionTrees.BbgkyLatex(tree));
page.Check(CollisionTrees.BoltzmannLatex(tree) != CollisionTrees.BbgkyLatex(tree), "the two terms differ");
return page.Finish();

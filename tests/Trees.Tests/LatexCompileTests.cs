using System.Text;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Trees.Diagrams;
using HierarchyExplorer.Trees.Duhamel;

namespace HierarchyExplorer.Trees.Tests;

public class LatexCompileTests
{
    [LatexFact]
    public void Tikz_diagrams_and_duhamel_terms_compile()
    {
        var sb = new StringBuilder();
        sb.AppendLine("\\documentclass{article}\\usepackage[margin=1cm,landscape]{geometry}\\usepackage{tikz}\\usepackage{amsmath,amssymb}");
        // \mathscr comes from mathrsfs, whose fonts a minimal TeX install may lack; the markup is what is tested.
        sb.AppendLine("\\newcommand{\\mathscr}{\\mathcal}\\begin{document}");
        var random = new RandomStream(3, 3);
        var trees = new List<CollisionTree> { GenealogyTests.Example(), CollisionTree.Create(new SpeciesCounts(0, 2), [], [], [], []) };
        for (int n = 0; n < 3; n++) trees.Add(CollisionTrees.Sample(new SpeciesCounts(1, 1, 1), 4, random));
        foreach (var tree in trees)
        {
            sb.AppendLine(CollisionTrees.Draw(tree, TreeDiagramFormat.Tikz));
            sb.AppendLine(CollisionTrees.Draw(tree, TreeDiagramFormat.Tikz, TreeTimesFor(tree), 2.0));
            sb.AppendLine("\\par\\tiny\\[" + DuhamelTermLatex.Boltzmann(tree) + "\\]");
            sb.AppendLine("\\[" + DuhamelTermLatex.Bbgky(tree) + "\\]\\normalsize\\clearpage");
        }
        sb.AppendLine("\\end{document}");
        var (code, log) = LatexFactAttribute.Compile(sb.ToString());
        Assert.True(code == 0, log[^Math.Min(3000, log.Length)..]);
    }

    private static double[] TreeTimesFor(CollisionTree tree) => Genealogy.TreeTimes.EvenlySpaced(tree.Order, 2.0);
}

using HierarchyExplorer.Studies.Statistics;
using HierarchyExplorer.Pseudotrajectories.BadSets;

namespace HierarchyExplorer.Studies.BadSets;

/// <summary>
/// Measures of the three bad sets on S^{d−1} × B_R^d (ω uniform, v uniform in B_R^d, common samples),
/// the bound (7.14) with constant 1, and the misses.
/// </summary>
/// <param name="Paper">|PaperBadSet|.</param>
/// <param name="Complete">|CompleteBadSet|.</param>
/// <param name="Operational">|OperationalBadSet|.</param>
/// <param name="Bound">(m_1 + … + m_K) R^d η^{(d−1)/(2d+2)}, (7.14) with the implied constant set to 1.</param>
/// <param name="MissedByPaper">Fraction of all samples that are outside PaperBadSet and inside OperationalBadSet.</param>
/// <param name="MissedByPaperStdErr">Its binomial standard error.</param>
/// <param name="MissedByComplete">Fraction of all samples outside CompleteBadSet and inside OperationalBadSet.</param>
/// <param name="MissedByCompleteStdErr">Its binomial standard error.</param>
/// <param name="Samples">Number of samples.</param>
/// <param name="Seed">Seed.</param>
/// <param name="DomainMeasure">|S^{d−1}| · |B_R^d|.</param>
public sealed record BadSetStudyResult(
    MeasureEstimate Paper, MeasureEstimate Complete, MeasureEstimate Operational, double Bound,
    double MissedByPaper, double MissedByPaperStdErr, double MissedByComplete, double MissedByCompleteStdErr,
    long Samples, ulong Seed, double DomainMeasure);

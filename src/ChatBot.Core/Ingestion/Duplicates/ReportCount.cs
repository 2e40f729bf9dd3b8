namespace ChatBot.Core.Ingestion.Duplicates;

/// <summary>How many stories report something, and how many of them are independent (not copies of one another).</summary>
public sealed record ReportCount(int Reports, int Independent)
{
    /// <summary>"3 reports, 2 independent"; "2 reports" when none is a copy; "1 report".</summary>
    public override string ToString()
    {
        var reports = Reports == 1 ? "1 report" : $"{Reports} reports";
        return Independent == Reports ? reports : $"{reports}, {Independent} independent";
    }
}

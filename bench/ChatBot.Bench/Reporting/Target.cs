namespace ChatBot.Bench.Reporting;

/// <summary>A target from issue 7 (or issue 2) and what was measured against it; null when not measured.</summary>
internal sealed record Target(string Name, double Limit, double? Measured, string Unit, string Where)
{
    public string Verdict => Measured is null ? "not measured" : Measured < Limit ? "met" : "**missed**";

    public string MeasuredText => Measured is { } m ? $"{m:0.##} {Unit}" : "-";
}

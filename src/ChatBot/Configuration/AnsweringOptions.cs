using System.ComponentModel.DataAnnotations;
using ChatBot.Core.Answering;

namespace ChatBot.Configuration;

/// <summary>How answers are made.</summary>
public sealed class AnsweringOptions
{
    public const string SectionName = "ChatBot:Answering";

    /// <summary>Most different statements quoted in one extractive answer; as many other outlets restating them may be quoted besides.</summary>
    [Range(1, 10, ErrorMessage = "ChatBot:Answering:MaxCitations must be between 1 and 10.")]
    public int MaxCitations { get; set; } = ExtractiveAnswerer.DefaultMaxCitations;

    /// <summary>Share of the question's information the best evidence must contain, else the answer is a refusal.</summary>
    [Range(0.05, 1.0, ErrorMessage = "ChatBot:Answering:MinimumCoverage must be between 0.05 and 1.0.")]
    public double MinimumCoverage { get; set; } = RefusalPolicy.DefaultMinimumCoverage;
}

using System.Text;

namespace ChatBot.Core.Ingestion;

/// <summary>
/// The only changes made to a story's text before it is stored: Unicode normal form C and "\n" line endings.
/// Anything more would make verbatim quotes differ from the source.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Normalises form and line endings.</summary>
    public static string Normalize(string text) =>
        text.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}

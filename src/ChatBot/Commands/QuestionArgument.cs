using ChatBot.Core.Text;

namespace ChatBot.Commands;

/// <summary>Checks a question before anything is opened: a blank one, or one with no word the index can look up, is a usage error.</summary>
internal static class QuestionArgument
{
    public static string Require(string? question)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            throw new UsageException("The question is empty: ask something, e.g. ask \"How many Meta engineers were reassigned?\"");
        }

        if (!QuestionTerms.HasIndexableWords(question))
        {
            throw new UsageException(QuestionTerms.NoIndexableWords);
        }

        return question;
    }
}

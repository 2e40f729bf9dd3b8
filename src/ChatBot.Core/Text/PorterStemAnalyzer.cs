using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;

namespace ChatBot.Core.Text;

/// <summary>
/// One word through Lucene.Net's PorterStemFilter. Lucene keeps its stemmer classes internal and exposes the
/// filter, so the word goes in as a single keyword token; the analyzer reuses its token stream per thread.
/// </summary>
internal sealed class PorterStemAnalyzer : Analyzer
{
    /// <summary>The stem of <paramref name="word"/>.</summary>
    public string Stem(string word)
    {
        using var stream = GetTokenStream("term", word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var stemmed = stream.IncrementToken() ? term.ToString() : word;
        stream.End();
        return stemmed;
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new KeywordTokenizer(reader);
        return new TokenStreamComponents(source, new PorterStemFilter(source));
    }
}

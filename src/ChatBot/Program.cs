using System.CommandLine;
using ChatBot.Commands;

// ChatBot: answers questions over news stories with verified quotes and says where the sources disagree.
var root = new RootCommand("ChatBot: answers questions over news stories with verbatim, cited quotes.")
{
    AskCommand.Create(),
    SummarizeCommand.Create(),
    IndexCommand.Create(),
    ReindexCommand.Create(),
    SourcesCommand.Create(),
    EvalCommand.Create(),
    ServeCommand.Create(),
    FeedbackCommand.Create(),
};
var parse = root.Parse(args);
return parse.Errors.Count > 0 ? CommandLineErrors.Report(parse) : await parse.InvokeAsync();

namespace ChatBot.Discord.Conversations;

/// <summary>One question the bot answered in a conversation, with the labels of the stories its answer cited.</summary>
internal sealed record ConversationTurn(string Question, IReadOnlyList<string> CitedStories);

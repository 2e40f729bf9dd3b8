using ChatBot.Core.Index;
using ChatBot.Core.Ingestion.Feeds;
using ChatBot.Core.Ingestion.Pages;

namespace ChatBot.Hosting;

/// <summary>What feed and page sources share: one fetcher (one request at a time per host), the page loader, feed state.</summary>
public sealed record WebIngestion(WebFetcher Fetcher, WebStoryLoader Loader, IFeedStateStore FeedState, IStoryIndex Index, WebFetchOptions Options, TimeProvider Time);

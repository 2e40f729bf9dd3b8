namespace ChatBot.Core.Answering.Candidates;

/// <summary>The kind of answer a question wants, read from its question word.</summary>
public enum AnswerKind
{
    /// <summary>Why, how, what-is: a statement, not a phrase; no candidate is required.</summary>
    Open,

    /// <summary>Who, whom, whose: a person or an organisation.</summary>
    Person,

    /// <summary>Where: a place.</summary>
    Place,

    /// <summary>When, what year, what day: a date or a time.</summary>
    Date,

    /// <summary>How many, how much, what percentage: a number.</summary>
    Quantity,

    /// <summary>Which X, what X, what is the name of: a named thing of kind X.</summary>
    Named,

    /// <summary>Did, is, was, has: a yes or a no, answered by what the stories assert or refute.</summary>
    YesNo,
}

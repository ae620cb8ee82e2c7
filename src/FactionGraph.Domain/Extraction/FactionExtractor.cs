using FactionGraph.Extraction.Mentions;
using FactionGraph.Extraction.Relations;
using FactionGraph.Extraction.Syntax;
using FactionGraph.Gazetteer;
using FactionGraph.Model;
using ModelExtraction = FactionGraph.Model.ArticleExtraction;

namespace FactionGraph.Extraction;

/// <summary>
/// Reads factions and the relations between them out of an article's text, each relation with the sentence that
/// states it. Build once from the gazetteer and reuse: the model is read-only, so Extract is safe on many threads.
/// </summary>
public sealed class FactionExtractor
{
    readonly ExtractorModel _model;
    readonly StructureReader? _structure;
    readonly HyphenCompounds? _compounds;
    readonly bool _readPhrases;

    /// <param name="options">Which readers run; by default the phrase connectors and, where link-grammar is installed,
    /// the frames read from sentence structure; names also from the name tagger shipped with the build.</param>
    public FactionExtractor(IReadOnlyList<GazetteerEntry> gazetteer, ExtractorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        options ??= new ExtractorOptions();
        _model = new ExtractorModel(gazetteer, options.UseTagger ? options.Tagger ?? NameTagger.Builtin : null);
        _readPhrases = options.ReadPhrases;
        if (options.ReadStructure && LinkParser.Shared is { } parser) _structure = new StructureReader(parser, FrameBook.Default);
        if (options.ReadStructure) _compounds = new HyphenCompounds(FrameBook.Default);
    }

    /// <summary>An extractor with the given name tagger, or with none (null): names then come from the gazetteer and the rules only.</summary>
    public FactionExtractor(IReadOnlyList<GazetteerEntry> gazetteer, NameTagger? tagger)
        : this(gazetteer, new ExtractorOptions { Tagger = tagger, UseTagger = tagger is not null }) { }

    /// <summary>Whether relations are read from sentence structure; when false, <see cref="LinkParser.Unavailable"/> says why.</summary>
    public bool ReadsStructure => _structure is not null;

    /// <summary>Writes every parsed sentence, its links and the relations its frames read (the explain verb); null to stop.</summary>
    public TextWriter? Trace
    {
        get => _structure?.Trace;
        set { if (_structure is not null) _structure.Trace = value; }
    }

    public ModelExtraction Extract(string text, string articleId, string? publishedAt)
    {
        ArgumentNullException.ThrowIfNull(text);
        var state = new ArticleState(text, Tokenizer.Tokenize(text, _model.Lexicon), _model) { Sentences = SentenceSplitter.Split(text) };
        FindMentions(state);
        var relations = new List<ExtractedRelation>();
        var mentions = state.Mentions.OrderBy(m => m.Start).ToList();
        var next = 0;
        var previous = new List<Mention>();
        var previousSentence = new TextSpan(0, 0);
        for (var index = 0; index < state.Sentences.Count; index++)
        {
            var sentence = state.Sentences[index];
            var inSentence = new List<Mention>();
            while (next < mentions.Count && mentions[next].Start < sentence.End)
            {
                if (mentions[next].Start >= sentence.Start && mentions[next].End <= sentence.End) inSentence.Add(mentions[next]);
                next++;
            }
            // The sentence before, for "A did not side with either party" after "the war between X and Y".
            var (before, beforeMentions) = (previousSentence, previous);
            (previousSentence, previous) = (sentence, inSentence);
            if (inSentence.Count == 0) continue;
            var previousAlliance = mentions.LastOrDefault(m => m.End <= sentence.Start && m.Kind == FactionKind.Alliance);
            var read = _readPhrases ? RelationReader.Read(state, sentence, inSentence, previousAlliance) : [];
            _structure?.Read(state, sentence, inSentence, read);
            _compounds?.Read(text, sentence, inSentence, read);
            if (_readPhrases) DeniedClaims.Read(state, sentence, inSentence, beforeMentions, before, read);
            Coreference.Spread(state, inSentence, read);
            if (read.Count == 0) continue;
            MergerContext.Apply(text, sentence, read);
            // Date and the sentence's own stance cues are the same for every relation the sentence states: read once.
            var date = DateReader.Of(sentence.Of(text), publishedAt);
            var cues = StanceReader.OfSentence(text, sentence, Continuation(text, state.Sentences, index));
            var deniedNext = index + 1 < state.Sentences.Count && StanceReader.DeniesPrevious(text, state.Sentences[index + 1]);
            var stated = read.Select(r => ToRelation(r, text, sentence, articleId, date, cues, Between(r, inSentence))).ToList();
            // "X denied the claims" denies what the sentence before reports someone claiming ("Y accused X of ties with Z"),
            // not what the writer states beside it; when nothing there is attributed, the claims are what it states.
            var claimed = deniedNext && (stated.Any(r => r.Evidence.Stance == Stance.Reported) || StanceReader.Attributes(text, sentence)) ? Stance.Reported : Stance.Asserted;
            foreach (var relation in stated)
                relations.Add(deniedNext && relation.Evidence.Stance == claimed ? relation with { Evidence = relation.Evidence with { Stance = Stance.Denied } } : relation);
        }
        foreach (var r in relations.Where(r => r.Type == RelationType.MemberOf)) state.Entities.PromoteToAlliance(r.Target);
        var named = mentions.Where(m => m.Source != MentionSource.Coreference).Select(m => m.EntityId).ToHashSet(StringComparer.Ordinal);
        return new ModelExtraction(state.Entities.ToFactions(named), relations);
    }

    // Order matters: gazetteer names first (they own their words), then their translations, then names read from shape,
    // then names the learned tagger proposes on the words still free, then "the junta", "government forces" as the state
    // actor of the article's country, then back-references, which resolve to whatever was named before them.
    static void FindMentions(ArticleState state)
    {
        KnownMentions.Find(state);
        ParentheticalAliases.Absorb(state, state.Mentions);
        var discovered = GroupDiscovery.Find(state);
        discovered.AddRange(NamedGroups.Find(state));
        discovered.AddRange(AcronymGroups.Find(state));
        discovered.AddRange(GlossedGroups.Find(state));
        discovered.AddRange(TaggedNames.Find(state));
        discovered.AddRange(ListMates.Find(state));
        ParentheticalAliases.Absorb(state, discovered);
        KnownMentions.FindLocalAcronyms(state);
        StateReferents.Find(state);
        state.Model.StateForces.Find(state);
        AppositiveAliases.Apply(state);
        Coreference.Resolve(state);
    }

    // A sentence cut by a line break ("... against the Tatmadaw\n\n[Burma Army] in the north, according to X.") goes on
    // in the next piece when it has no closing punctuation and the next piece opens in lower case or with a bracket.
    static TextSpan? Continuation(string text, IReadOnlyList<TextSpan> sentences, int index)
    {
        if (index + 1 >= sentences.Count) return null;
        var here = text.AsSpan(sentences[index].Start, sentences[index].Length).TrimEnd();
        var next = text.AsSpan(sentences[index + 1].Start, sentences[index + 1].Length).TrimStart();
        if (here.Length == 0 || next.Length == 0 || here[^1] is '.' or '!' or '?' or '"' or '”' or '’' or ':' or ';') return null;
        return next[0] == '[' || char.IsLower(next[0]) ? sentences[index + 1] : null;
    }

    // The words between a claim's two names: the name that opens its span and the one that closes it.
    static TextSpan? Between(FoundRelation r, List<Mention> inSentence)
    {
        var first = inSentence.FirstOrDefault(m => m.Start == r.Span.Start && (m.EntityId == r.Source || m.EntityId == r.Target));
        var last = inSentence.LastOrDefault(m => m.End == r.Span.End && (m.EntityId == r.Source || m.EntityId == r.Target));
        return first is null || last is null || first.End > last.Start ? null : new TextSpan(first.End, last.Start);
    }

    static ExtractedRelation ToRelation(FoundRelation r, string text, TextSpan sentence, string articleId, string? date, StanceReader.Cues cues, TextSpan? between)
    {
        var quote = sentence.Of(text);
        var stance = StanceReader.Of(text, sentence, r.Span, r.Negated, cues, between);
        var evidence = new Evidence(articleId, quote, sentence.Start, sentence.End, r.Rule, r.Confidence, stance, date);
        return new ExtractedRelation(r.Type, r.Source, r.Target, evidence);
    }
}

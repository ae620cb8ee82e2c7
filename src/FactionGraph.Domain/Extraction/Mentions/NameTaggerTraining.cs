using FactionGraph.Gazetteer;

namespace FactionGraph.Extraction.Mentions;

/// <summary>An article and the names of the groups it mentions, each spelled as the text spells it.</summary>
public sealed record TaggedArticle(string Text, IReadOnlyList<string> Names);

/// <summary>
/// Trains <see cref="NameTagger"/> from articles whose group names are known: every place the text spells a name becomes
/// B I I..., every other word O. Deterministic (fixed shuffling seed), so one corpus always gives the same weights.
/// </summary>
public static class NameTaggerTraining
{
    const int Seed = 13;

    public static NameTagger Train(IReadOnlyList<GazetteerEntry> gazetteer, IReadOnlyList<TaggedArticle> articles, int epochs = 8)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(articles);
        var model = new ExtractorModel(gazetteer);
        var examples = new List<(TaggerInput Input, int From, int To, int[] Gold)>();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var input = new TaggerInput(article.Text, Tokenizer.Tokenize(article.Text, model.Lexicon), model.Lexicon);
            foreach (var w in Enumerable.Range(0, input.Tokens.Count).Select(input.LowerAt).Distinct()) documentFrequency[w] = documentFrequency.GetValueOrDefault(w) + 1;
            var gold = Labels(input, article.Names);
            foreach (var (from, to) in Sentences(input))
                examples.Add((input, from, to, gold[from..to]));
        }
        // A word seen in several articles is a common word, not one group's name: only those are features by themselves.
        var minDocuments = Math.Max(3, articles.Count / 15);
        var vocabulary = documentFrequency.Where(p => p.Value >= minDocuments).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        return Perceptron(examples, vocabulary, epochs);
    }

    static NameTagger Perceptron(List<(TaggerInput Input, int From, int To, int[] Gold)> examples, HashSet<string> vocabulary, int epochs)
    {
        var weights = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var totals = new Dictionary<string, float[]>(StringComparer.Ordinal); // step-weighted updates, for averaging
        var tagger = new NameTagger(weights, vocabulary);
        var random = new Random(Seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var features = new List<string>(32);
        var scores = new float[NameTagger.Labels];
        var step = 1;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var e in order)
            {
                var (input, from, to, gold) = examples[e];
                var previous = NameTagger.O;
                for (var i = from; i < to; i++, step++)
                {
                    features.Clear();
                    NameFeatures.Of(input, from, to, i, previous, vocabulary, features);
                    tagger.Score(features, scores);
                    var guess = NameTagger.Best(scores, previous);
                    var truth = gold[i - from];
                    if (guess != truth)
                        foreach (var f in features)
                        {
                            Update(weights, f, truth, guess, 1);
                            Update(totals, f, truth, guess, step);
                        }
                    previous = guess;
                }
            }
        }
        // Averaged weights, w - totals/step: later, better weights count as much as early ones, and the result is steadier.
        foreach (var (f, w) in weights)
            for (var y = 0; y < NameTagger.Labels; y++) w[y] -= totals[f][y] / step;
        var kept = weights.Where(p => p.Value.Any(x => MathF.Abs(x) >= 0.001f)).ToDictionary(StringComparer.Ordinal);
        return new NameTagger(kept, vocabulary);
    }

    static void Update(Dictionary<string, float[]> table, string feature, int truth, int guess, float amount)
    {
        if (!table.TryGetValue(feature, out var w)) table[feature] = w = new float[NameTagger.Labels];
        w[truth] += amount;
        w[guess] -= amount;
    }

    /// <summary>B/I/O for every token: each place the text spells a name, longest names first, a token labelled once.</summary>
    internal static int[] Labels(TaggerInput input, IEnumerable<string> names)
    {
        var labels = new int[input.Tokens.Count];
        var starts = input.Tokens.Select(t => t.Start).ToArray();
        foreach (var name in names.Where(IsNameShaped).Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length))
        {
            for (var at = input.Text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = input.Text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                var end = at + name.Length;
                if ((at > 0 && char.IsLetterOrDigit(input.Text[at - 1])) || (end < input.Text.Length && char.IsLetterOrDigit(input.Text[end]))) continue;
                var first = Array.BinarySearch(starts, at);
                if (first < 0) continue;
                var last = first;
                while (last < input.Tokens.Count && input.Tokens[last].End <= end) last++;
                if (last == first || labels.AsSpan(first, last - first).ContainsAnyExcept(NameTagger.O)) continue;
                labels[first] = NameTagger.B;
                for (var k = first + 1; k < last; k++) labels[k] = NameTagger.I;
            }
        }
        return labels;
    }

    // Only names as names are written: capitalized, or an Arabic article before a capitalized word ("al-Mutassem division").
    // "the regime", "government forces" refer to a group without naming it; the tagger is not meant to find those.
    static bool IsNameShaped(string name)
    {
        if (name.Length < 2) return false;
        if (char.IsUpper(name[0]) || char.IsDigit(name[0])) return true;
        return (name.StartsWith("al-", StringComparison.Ordinal) || name.StartsWith("el-", StringComparison.Ordinal)) && name.Length > 3 && char.IsUpper(name[3]);
    }

    static IEnumerable<(int From, int To)> Sentences(TaggerInput input)
    {
        var k = 0;
        foreach (var s in SentenceSplitter.Split(input.Text))
        {
            while (k < input.Tokens.Count && input.Tokens[k].Start < s.Start) k++;
            var from = k;
            while (k < input.Tokens.Count && input.Tokens[k].End <= s.End) k++;
            if (k > from) yield return (from, k);
        }
    }
}

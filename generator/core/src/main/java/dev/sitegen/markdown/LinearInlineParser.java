package dev.sitegen.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser, but for how it keeps what a pattern matched. It takes the match with
 * {@link Matcher#toMatchResult}, which on Java 17 copies the whole paragraph's text, a character
 * at a time, at every link, reference and code span: a paragraph of 5,000 references took 8 s.
 * (Java 20 and later copy only the match.) These take the same spans from the matcher itself.
 *
 * <p>It also reads a link destination in angle brackets as CommonMark does, spaces and all:
 * {@code [x](<my file.md>)}. flexmark reads one so only with spaces allowed in every destination,
 * which would take {@code [see](the docs)} and {@code [the guide]: the docs} for a link and a
 * definition, where GitHub shows both as text.
 */
final class LinearInlineParser extends InlineParserImpl {

    /** {@code <...>}: no line ending and no unescaped angle bracket inside. */
    private static final Pattern DESTINATION_IN_ANGLES = Pattern.compile("^<(?:[^<>\\n\\\\]|\\\\[^\\n])*>");

    /** The extension that has a parser use this inline parser. */
    static final Parser.ParserExtension EXTENSION = new Parser.ParserExtension() {
        @Override
        public void parserOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(Parser.Builder builder) {
            // flexmark reads reference definitions with its inline parser, and leaves that out for a custom one.
            builder.customInlineParserFactory(LinearInlineParser::new).paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
    };

    private LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                               Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData referenceLinkProcessors,
                               List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, referenceLinkProcessors, inlineParserExtensions);
    }

    @Override
    public BasedSequence parseLinkDestination() {
        BasedSequence inAngles = match(DESTINATION_IN_ANGLES);
        return inAngles != null ? inAngles : super.parseLinkDestination();
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = found(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = found(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }

    /** The matcher, moved past its match, if the pattern matches from here on; else null. */
    private Matcher found(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }
}

package org.specledger.claims.hedges;

import java.util.Locale;
import java.util.regex.Pattern;
import org.specledger.claims.Hedge;
import org.specledger.claims.text.CuePattern;

/**
 * The hedge of one sentence from cue words in English and Chinese (SPEC_SCHEMA.md, "Evidence and hedging").
 * When several cues occur, the weakest wins: "reportedly … could" is speculative. Cues are whole words;
 * patterns are plain alternations without nested repetition, each with a literal pre-filter ({@link CuePattern}).
 */
public final class Hedges {
    private static final CuePattern SPECULATIVE = CuePattern.compile(
            "\\b(?:could|might|may(?! \\d)|would|possibly|perhaps|if true|if confirmed|is expected to|are expected to"
            + "|expected to|likely|speculat\\w{0,6}|potentially|rumou?red to be|is said to be planning)\\b"
            + "|或将|可能|或许|预计|有望|或会|猜测",
            Pattern.CASE_INSENSITIVE);
    private static final CuePattern RUMOURED = CuePattern.compile(
            "\\b(?:rumou?rs?|rumou?red|insiders?|insider reports?|people familiar|person familiar|sources familiar"
            + "|familiar with the matter|believed|chatter|leak(?:s|ed)?|unconfirmed|anonymous sources?|unnamed sources?"
            + "|sources say|sources said|according to sources|sources close to|people close to|whispers?)\\b"
            + "|知情人士|传闻|传言|消息人士|爆料|据传|网传|小道消息",
            Pattern.CASE_INSENSITIVE);
    private static final CuePattern REPORTED = CuePattern.compile(
            "\\b(?:reportedly|according to|reported|reports say|report says|is said to|are said to|said to have"
            + "|citing|as per|says|said|say|puts|claims|claimed|told|tells|added that|noted that|pointed out"
            + "|explained that|confirmed that|disclosed that|wrote that)\\b"
            + "|据报道|据悉|据称|报道称|援引|据了解|消息称|宣布|表示|方面介绍|据[^，。,]{0,8}介绍|介绍称|指出|透露|核实|网友称|博主称",
            Pattern.CASE_INSENSITIVE);
    /** A paragraph-leading frame ("According to people familiar with the plan, …") that may carry on. */
    private static final Pattern FRAME = Pattern.compile(
            "^(?:according to|reportedly|people familiar|sources familiar|insiders|据报道|据悉|知情人士|据传|消息人士)",
            Pattern.CASE_INSENSITIVE);
    /** How a following sentence shows it continues the frame's report. */
    private static final Pattern CONTINUES = Pattern.compile(
            "^(?:they|the (?:people|sources|insiders|person)|these (?:people|sources)|the same (?:people|sources)"
            + "|the source|also|in addition|moreover|further|furthermore|此外|他们|该人士|上述人士|同时|另外)\\b?"
            + "|\\b(?:they said|they added|the people said|the sources said|the person said|according to the same)\\b",
            Pattern.CASE_INSENSITIVE);

    private Hedges() {
    }

    /** The hedge from attribution words only (reported, rumoured), which scope over the whole sentence. */
    public static Hedge attribution(String sentence) {
        if (sentence == null || sentence.isEmpty()) {
            return Hedge.STATED;
        }
        if (RUMOURED.in(sentence)) {
            return Hedge.RUMOURED;
        }
        return REPORTED.in(sentence) ? Hedge.REPORTED : Hedge.STATED;
    }

    /**
     * True when a clause holds a conditional or modal ("could", "if true", 或将). Such words scope over their
     * clause: "used 2,048 H800 GPUs, the part that could still be sold into China" states the GPU count.
     */
    public static boolean speculative(String clause) {
        return clause != null && SPECULATIVE.in(clause);
    }

    /** The hedge of a sentence by its own words, every cue scoped over the whole sentence. */
    public static Hedge of(String sentence) {
        if (sentence == null || sentence.isEmpty()) {
            return Hedge.STATED;
        }
        if (SPECULATIVE.in(sentence)) {
            return Hedge.SPECULATIVE;
        }
        if (RUMOURED.in(sentence)) {
            return Hedge.RUMOURED;
        }
        if (REPORTED.in(sentence)) {
            return Hedge.REPORTED;
        }
        return Hedge.STATED;
    }

    /** True when a paragraph's first sentence opens with an attribution frame. */
    public static boolean opensFrame(String sentence) {
        return sentence != null && FRAME.matcher(sentence.strip()).find();
    }

    /** True when a sentence clearly continues the previous sentence's report ("They said …", 此外 …). */
    public static boolean continuesFrame(String sentence) {
        return sentence != null && CONTINUES.matcher(sentence.strip().toLowerCase(Locale.ROOT)).find();
    }
}

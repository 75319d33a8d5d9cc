package org.specledger.claims.extract;

import java.util.regex.Pattern;
import org.specledger.claims.text.CuePattern;

/**
 * The cue words that say which attribute a number or a phrase is about (SPEC_SCHEMA.md, "examples in text").
 * Every pattern is an alternation of literals with bounded gaps; none can backtrack badly.
 */
final class Cues {
    private Cues() {
    }

    /** True when lower-case text holds any of the words: a cheap gate before a regular expression runs. */
    static boolean any(String lower, String... words) {
        for (String w : words) {
            if (lower.indexOf(w) >= 0) {
                return true;
            }
        }
        return false;
    }

    static final String[] OPEN_GATE = {"weight", "open", "api", "beta", "licen", "hugging", "closed", "proprietary",
            "开源", "闭源", "权重", "魔搭", "modelscope", "mit", "apache"};
    static final String[] CHIP_GATE = {"ascend", "昇腾", "h800", "h100", "h200", "h20", "a100", "a800", "b200", "mlu",
            "kunlun", "昆仑", "p800", "cambricon", "寒武纪", "hygon", "海光", "nvidia", "英伟达", "domestic", "home",
            "国产", "自主", "自研", "本土", "chinese-made", "imported", "foreign"};

    private static CuePattern ci(String regex) {
        return CuePattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    static final CuePattern ACTIVE = ci("activ|激活|per token|每个token|每token");
    static final CuePattern PARAMETERS = ci("param|参数|total|总量|规模|\\bmoe\\b|mixture[- ]of[- ]experts|\\bdense\\b|model|模型|weights");
    static final CuePattern CONTEXT_AFTER = ci("^[- ]?(?:token )?(?:context|上下文|window|-token window|tokens? of context|tokens? context)");
    static final CuePattern CONTEXT_BEFORE = ci("(?:context(?: window| length| size)?(?: of| to| at| up to| reaching| is|:)?|window of|window of up to|上下文(?:长度|窗口)?(?:为|达|达到|支持|有)?|long-context of) ?$");
    static final CuePattern CONTEXT_ANY = ci("context|上下文|window");
    static final CuePattern TRAINING = ci("train|pre-?train|预训练|训练|corpus|语料|\\bdata\\b|\\bcluster|集群|took|\\brun\\b|\\bran\\b|compute|算力|built on|\\bused\\b|using|across");
    static final CuePattern TRAINING_STRICT = ci("train|预训练|训练|cluster|集群|算力");
    static final CuePattern INFERENCE_ONLY = ci("inference|推理|deploy|部署|serving|\\bserve");
    static final CuePattern SALES = ci("ship|sold|sell|orders?\\b(?! of magnitude)|export|produc|output|supply|supplie|purchas|bought|stockpil|smuggl|出货|采购|产量|销售|出口|revenue|营收");
    static final CuePattern HARDWARE_RUN = ci("\\b(?:gpus?|npus?|cards|chips|accelerators|run)\\b");
    static final CuePattern MEMORY = ci("memory|\\bhbm|vram|显存|内存|per card|each card|per chip|each chip|per gpu|per npu|per accelerator|capacity|每张|每卡|单卡");
    static final CuePattern DURATION_TRAINING = ci("train|took|训练|耗时|run|pre-?train|weeks|days|months");
    static final CuePattern FREE_QUOTA = ci("free|免费");
    static final CuePattern BASELINE_BEFORE = ci("(?:(?:comparable|similar|equivalent|akin|close)(?: \\w+){0,2} (?:to|with)(?: a| an| the)?|from(?: the usual| the previous| a previous| the)?|up from|down from|compared (?:with|to)|versus|vs\\.?|(?<!more |less |fewer |greater |higher |larger |bigger |rather )than|instead of|rather than|previously|predecessor'?s?|the usual|相比|比|此前|上一代|从)\\s?$");
    static final CuePattern TO_AFTER = ci("^\\s?(?:to|至|降至|降到|到)\\s");
    /** A verb that makes an organisation the maker of the model it names. */
    static final CuePattern MAKER = ci("releas|launch|unveil|publish|built|trained|develop|introduc|open-?sourc|debut|\\bput\\b|posted|shipped|announc|推出|发布|开源|研发|打造|宣布|上线");
    /** After "Model, which Org": the verb that makes Org its maker ("DeepSeek-V3, which DeepSeek released in …"). */
    static final CuePattern MAKER_CLAUSE = ci("^ (?:has |had |have )?(?:just |first |quietly |originally )?(?:releas|launch|unveil|publish|built|trained|develop|introduc|open-?sourc|debut|shipp?)");
    /** "including about 1.5 trillion tokens of synthetic data": a part of a total just given. */
    static final CuePattern PART_BEFORE = ci("(?:including|includes|of which|among them|其中)(?: about| some| roughly| around| nearly| over)? ?$");
    static final CuePattern MAKER_AFTER = ci("^(?:,? (?:which was |was |is )?(?:developed |built |made |released |trained |engineered |created |designed |launched |open-sourced )?(?:by|from) |[^,;]{0,60} (?:developed|built|made|engineered|created|designed|released|launched) by |是|(?: ?模型)? ?由|, (?:a|the) model from )");
    static final CuePattern COMPONENT = ci("^[- ]?(?:parameters? |params? |param )?(?:distilled |smaller |larger |dense |moe )?(?:sibling|successor|rival|competitor|cousin|counterpart)|^[- ]?(?:parameters? |params? )?(?:vision |visual |image |audio |speech |text )?(?:encoder|decoder|expert|layer|head|module|component|adapter|draft|tower|router)");
    static final CuePattern ANAPHOR = ci("\\b(?:it|its|it's|the model|this model|the new model|the latest model|the system|the release|the (?:[a-z0-9.-]{1,20} ){1,3}model)\\b|该模型|这款模型|此模型|这一模型|该|它|其");
    /**
     * "Ant has not said what hardware Ling-1T was trained on, though … using domestic chips": the sentence
     * denies knowing, so an origin in a clause without the model is about something else.
     */
    static final CuePattern UNDISCLOSED = ci("(?:has|have|had|did|does|would) not (?:said|say|disclosed?|revealed?|confirmed?)|(?:hasn't|haven't|didn't|doesn't|wouldn't) (?:said|say|disclosed?|revealed?)|declined to (?:say|disclose)|never (?:said|disclosed|revealed|confirmed)|did not (?:say|disclose|reveal)");
    /** After an organisation: "'s Qwen3 family", "’s Ling family" (group 1: the family's name). */
    static final Pattern ORG_FAMILY = Pattern.compile("(?:'s|’s) ([A-Z][A-Za-z]{1,15}\\d{0,2}(?:\\.\\d)?) (?:family|series|line-?up)");
    /** A sentence that opens with a pronoun for the model last talked about. */
    static final Pattern LEADING_ANAPHOR = Pattern.compile("(?:It|Its|It's|The model|This model|The new model|该模型|这款模型|它)(?![A-Za-z])");
    /**
     * "First came DeepSeek-V3.1 on August 21", "its weights went up on Hugging Face on October 27": arrival verbs
     * that date a release only in the clause of the date, before it.
     */
    static final CuePattern RELEASE_ARRIVAL = ci("\\b(?:came|landed|shipped|dropped|arrived|debuted|appeared)\\b(?! (?:up|from|back|close|to|in at|down|across|under|with)\\b)|\\bwent (?:up|out|live)\\b");
    /** "a scale format designed for domestic chips": hardware a model targets, not what trained it. */
    static final CuePattern TARGET_BEFORE = ci("(?:designed|built|made|optimi[sz]ed|tuned|tailored|adapted|ready|compatible|intended|meant)?\\s?(?:for|with|to)\\s[\"“']?(?:the |next-generation |future |upcoming |new )*[\"“']?$|(?:适配|面向|支持|兼容)$");
    static final CuePattern RELEASE = ci("releas|launch|unveil|announc|debut|arriv|come out|上市|roll(?:ed|s)? out|open-?sourc|introduc|went live|goes live|made available|发布|推出|上线|开源|亮相|面世|问世");

    /** "more than"/"up to" after "active": "total" right after an active cue turns it ("37B active, 671B total"). */
    static final CuePattern TOTAL_NEAR = ci("^[^,;]{0,6}\\btotal\\b");
    /** A vocabulary or an output limit is no context window. */
    static final CuePattern NOT_CONTEXT = ci("vocab|词表|词汇|output|输出|max(?:imum)? new tokens|generation length");
    /** Tokens served or processed, not trained on: "processes 500 billion tokens a day", 日均调用. */
    static final CuePattern USAGE = ci("\\bper day\\b|\\ba day\\b|daily|each day|every day|per second|/s\\b|\\bserv|process(?:es|ed|ing)\\b|call(?:s|ed)?\\b|日均|每天|每日|调用|每秒");
    /** Words that make a dollar amount a training cost. */
    static final CuePattern COST = ci("\\bcost|\\bspent|\\bspend|to train|training|trained for|budget|price tag|成本|花费|耗资");
    /** Dollar amounts in a cost sentence that are no training cost: valuations, rounds, revenue, chips, salaries. */
    static final CuePattern NOT_TRAINING_COST = ci("valu|funding|raise|round|revenue|sales|market cap|invest|salary|per (?:hour|month|token|million tokens)|api price|pricing|per m\\b|stock|shares|would|could cost|estimated (?:that )?to train gpt|gpt-4|llama|openai|meta\\b|google|anthropic");
    /** What-if clauses: "would take 191 days on B200s", "a 1T dense model would", 假如, "if it were". */
    static final String[] HYPOTHETICAL_GATE = {"would", "if ", "hypothetical", "假如", "如果", "假设", "imagine", "估算", "估计"};
    static final CuePattern HYPOTHETICAL = ci("\\bwould (?:take|cost|need|require|be|have)\\b|\\bif (?:it|you|we|they|one) (?:were|had|used|trained)\\b|hypothetical|假如|假设|imagine|估算|估计");
    /** Before a model name: it is met as the thing compared against ("than", "surpasses", 超越, 相比, "vs"). */
    static final CuePattern COMPARED_BEFORE = ci("(?:than|relative to|over|against|surpass\\w*|outperform\\w*|beat\\w*|rival\\w*|rivaling|unlike|compared (?:with|to)|versus|vs\\.?|ahead of|behind|exceed\\w*|matches|matching|like|such as|超越|超过|相比|对比|媲美|比肩|优于|击败)\\s*(?:the |its |openai's |meta's |google's |anthropic's )?$");
    /** A comparison anywhere in a sentence. */
    static final CuePattern COMPARISON_ANY = ci("\\bthan\\b|surpass|outperform|\\bbeat|rival|unlike|compared (?:with|to)|versus|\\bvs\\b|超越|相比|对比|媲美|优于");
    /** A clause about serving, not training: "4张910B即可部署", "inference on Ascend". */
    static final CuePattern INFERENCE_CLAUSE = ci("inference|推理|deploy|部署|serving|\\bserve");
    /** "a version of the H100", "derived from", "instead of": a chip named but not used. */
    static final CuePattern CHIP_NOT_USED_BEFORE = ci("(?:versions? of|variant of|derived from|based on|modified|cut-down|successor to|instead of|rather than|than|not|unlike|replac\\w+|such as|like|similar to|comparable (?:to|with)|equivalent to|rival\\w*|match(?:es|ing)?|on par with|alternative to)(?: the| nvidia's| nvidia)?\\s*(?:the )?(?:nvidia(?:'s|’s)? )?[\"'‘’“”]?$");
    /** A date in a clause about a knowledge cutoff or data, not the release. */
    static final CuePattern NOT_RELEASE = ci("cutoff|cut-off|knowledge|截止|训练数据");
    /** "open-source models", 开源模型中: after an open cue, a class it compares with, not a statement. */
    static final CuePattern OPEN_CLASS_AFTER = ci("(?: large language)? (?:models|llms|rivals|competitors|peers|alternatives|community|ecosystem|question|debate|status|issue|movement|advocates)\\b");

    /** Before an organisation: "a new model from", "developed by", 由 (the maker of the model talked about). */
    static final CuePattern MODEL_FROM_BEFORE = ci("(?:model|llm|system) (?:\\w+ ){0,3}(?:from|by) (?:\\w+ ){0,3}$|(?:developed|built|made|created|engineered|released|launched|trained) by (?:\\w+ ){0,2}$|由$");
    /** After an organisation: "released its new model", 发布了该模型 (a maker verb with a model word close by). */
    static final CuePattern ORG_MADE_AFTER = ci("(?:'s )?(?: has| have| had)? (?:officially |quietly |just )?(?:released|launched|unveiled|introduced|open-sourced|debuted) (?:its|a|an|the) (?:\\w+ ){0,3}(?:model|llm)|(?:正式)?(?:发布|推出|开源)了?(?:该|这款|其)?(?:\\S{0,6})模型");

    /** A left context that labels the number after it: "count of", "参数量为", "parameters:". */
    static final CuePattern LINK_BEFORE = ci("(?:\\bof|\\bat|\\bis|\\bare|:|：|为|是|达|达到|有|高达|仅为|约) ?$");

    /** After an organisation: its hardware ("Huawei Ascend", "Nvidia's H800"), so the organisation is no maker here. */
    static final CuePattern HARDWARE_AFTER_ORG = ci("(?:'s|’s)? ?(?:ascend|昇腾|kunlun|昆仑|chips?|gpus?|npus?|hardware|accelerators?|cloud|芯片|h\\d|a\\d|b\\d)");

    /** "which open model it builds on", "any open-weight model": a question or a class, not a statement. */
    static final CuePattern OPEN_QUESTION_BEFORE = ci("\\b(?:which|what|whichever|any|every|no) $");

    /** After an open-source cue: what was opened is code, not weights ("开源的主要算子", "open-sourced its kernels"). */
    static final CuePattern OPEN_NOT_WEIGHTS_AFTER = ci("^(?:了|的)?(?:主要|核心|部分|全部)?(?:算子|代码|工具|框架|内核|推理引擎|数据集|kernels?|code|tools?|tooling|frameworks?|librar(?:y|ies)|datasets?|inference engine|operators?)");
    /** Before an open cue: a superlative class (全球最强开源模型, "the best open-weight model"), not a statement. */
    static final CuePattern OPEN_CLASS_BEFORE = ci("最[^，,。]{0,4}$|\\b(?:best|strongest|largest|leading|top|most \\w+) $");

    /** The window itself named: "context window", "context length", 上下文 (not "context extension"). */
    static final CuePattern CONTEXT_WINDOW = ci("context (?:window|length|size)|上下文(?:长度|窗口)?|\\bwindow\\b");
    /** Pointers to the first or second of two models just named. */
    static final CuePattern FORMER_LATTER = ci("前者|后者|\\bthe former\\b|\\bthe latter\\b");
    /** "recently", 近日: a release the text does not date. */
    static final CuePattern RECENTLY = ci("近日|日前|前不久|最近|\\brecently\\b|\\bearlier this (?:week|month)\\b");
    /** A change from one figure to another ("increased from 128K to 200K", 从…提升到). */
    static final CuePattern CHANGE = ci("increas|grew|grow|expand|extend|rais|boost|jump|doubl|tripl|rose|rise|up from|cut|reduc|shrank|lower|drop|fell|fall|declin|slash|trim|went|moved|chang|upgrad|improv|climb|提升|增加|扩展|扩大|提高|降低|减少");

    // open weights
    static final CuePattern OPEN_FALSE = ci("closed beta|closed(?:[- ]weights?)? model\\b|api[- ]only|only (?:via|through) (?:an |its )?api|not (?:yet )?(?:released|publish\\w{0,3}|open[- ]?sourc\\w{0,3}|made public)(?: (?:the|its))? weights|(?:has|have) not released|no plans to (?:open|release)|closed[- ]source|closed[- ]weights?|(?:is|remains|stays|as|a|its) proprietary(?! (?:pipeline|data|framework|technolog|system|tool|training|pre-?training|multi))|proprietary (?:model|llm)(?!s)\\b|without releasing (?:the|its) weights|闭源|未开源|不开源|仅提供api|暂未开源|尚未开源");
    /** A negation whose scope is the cue right after it (within a short stretch of its clause). */
    static final CuePattern NEGATION = ci("\\b(?:not|never|no longer|nor|neither|without)\\b|n't\\b");
    /** "not only open-sourced …": a negation that does not deny. */
    static final CuePattern NOT_ONLY = ci("not (?:only|just|merely)\\b");
    /** Chinese negation glued to the cue: 没有开源, 并未开源, 不开源 (not 不仅, 不少). */
    static final Pattern NEGATION_ZH = Pattern.compile("(?:没有|没|未|不|非|从未|尚未|暂未|并未|并没有)(?:完全|真正|正式|对外)?$");
    static final CuePattern OPEN_TRUE = ci("open(?:[- ]weights?)? model\\b|weights (?:are|were|is) (?:now |fully )?(?:open|public|publicly available|freely available)|open[- ]weights?|weights (?:are |were )?(?:now )?(?:on (?:hugging ?face|github|modelscope)|available for download|downloadable)|on hugging ?face|(?:posted|published|put|released|shared|uploaded) (?:the|its) weights|released (?:the|its) weights|open[- ]sourc\\w{0,3}|under (?:the |an )?(?:mit|apache)|apache[- ]2\\.0|mit licen[cs]e|modelscope|开源|权重(?:已)?(?:公开|发布|开放)|魔搭");

    // accelerators: "Ascend 910C", "H800", "MLU590", "Kunlunxin P800" (names as SPEC_SCHEMA writes them)
    /** Where a chip name can begin (the first letters of CHIP's names, after no ASCII letter or digit). */
    static final org.specledger.claims.text.StartScan.StartTest CHIP_START = (t, i, from) -> "AHBGKPMC昇昆寒海".indexOf(t.charAt(i)) >= 0
            && org.specledger.claims.text.StartScan.notGlued(t, i, from, "");
    static final Pattern CHIP = Pattern.compile(
            "(?<![A-Za-z0-9])(?:(?:Huawei(?:'s)? )?(Ascend) ?(910[ABC]?|950(?:PR|DT)?|920)?|(昇腾) ?(910[ABC]?|950(?:PR|DT)?)?(?:AI)?"
            + "|(H800|H100|H200|H20|A100|A800|B200|GB200)s?|(?<![A-Za-z])(?:Kunlunxin |Kunlun |昆仑芯 ?)?(P800)|(MLU) ?(\\d{3})|(?:Kunlunxin|Kunlun|昆仑芯) ?(R200)?"
            + "|(?:Cambricon|寒武纪) ?(MLU ?\\d{3})?|(Hygon|海光) ?(K100(?:-AI)?)?)(?![A-Za-z0-9])");
    static final CuePattern DOMESTIC = ci("without (?:any |using |using any )?nvidia|no nvidia|nvidia-free|not (?:one|a single) nvidia|zero nvidia|(?:没有|未|不)(?:使用|用)?英伟达|home-?grown|domestic(?:ally)?[- ](?:made |produced |developed )?(?:chips?|accelerators?|hardware|compute|gpus?|npus?|processors?|silicon)|chinese-made (?:chips?|accelerators?|hardware)|国产|自主可控|自研芯片|本土芯片|全国产");
    /** Explicit words for imported hardware (a chip name alone does not make an origin claim: the gold set agrees). */
    static final CuePattern FOREIGN_EXPLICIT = ci("imported (?:chips?|gpus?|accelerators?|hardware)|foreign (?:chips?|gpus?|hardware)|on nvidia (?:gpus?|hardware|chips?)|英伟达(?:GPU|芯片)");
    static final CuePattern FOREIGN = ci("nvidia|英伟达|\\bh800|\\bh100|\\bh20\\b|\\ba100|\\ba800|\\bh200|\\bgpus? from nvidia");
    static final CuePattern NEGATED_FOREIGN = ci("without (?:any |using |using any )?nvidia|no nvidia|nvidia-free|not (?:one|a single) nvidia|zero nvidia|(?:没有|未|不)(?:使用|用)?英伟达");

    /**
     * "本文此前版本称……为230亿，有误", "this figure is wrong": the words that refute what comes before them in
     * their stretch of the sentence (a correction notice), so nothing there is claimed.
     */
    static final String[] CORRECTION_GATE = {"有误", "不准确", "不属实", "不实", "错误", "并非事实", "wrong", "incorrect",
            "inaccurate", "mistaken", "true", "in error", "earlier", "initial", "previous", "prior", "original", "原报道",
            "此前", "早前", "原文"};
    static final CuePattern REFUTED = ci("有误|不准确|不属实|不实|是错误的|并非事实|\\b(?:is|was|are|were) (?:wrong|incorrect|inaccurate|mistaken|not true|untrue)\\b|\\bin error\\b");
    /**
     * "Earlier press reports put X at 15 trillion tokens; the filing gives 23 trillion", 原报道称…；: a figure
     * that a later part of the same sentence replaces.
     */
    static final CuePattern SUPERSEDED = ci("\\b(?:earlier|initial|previous|prior|original) (?:press |media )?(?:reports?|version|coverage|figures?)\\b|\\bpreviously reported\\b|原报道|此前版本|此前有报道|此前报道|早前报道|原文");

    /** After an organisation: it speaks ("MiniMax says", 华为方面介绍，, "Alibaba told analysts"). */
    static final CuePattern SPEAKS = ci("(?:'s? (?:spokesperson|spokesman|spokeswoman|team) )?\\s?(?:says|said|told [a-z]+|explained|noted|added|confirmed|disclosed|stated)(?: that)?\\b|\\s?(?:方面)?(?:介绍|表示|称|指出|透露|证实)[，,：:]?");
}

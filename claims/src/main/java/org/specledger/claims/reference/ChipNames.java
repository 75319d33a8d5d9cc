package org.specledger.claims.reference;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The matching key of a chip name: "Huawei Ascend 910C NPUs", "昇腾 910C" and "910c" all reduce alike. */
final class ChipNames {
    // Vendor words carry no identity once the model number is there ("NVIDIA H800" is "H800").
    private static final Pattern VENDOR = Pattern.compile("huawei|nvidia|baidu|华为|英伟达|百度");
    // Generic trailing nouns: "H800 GPUs", "910C chips", "昇腾910C芯片", "NPU cards".
    private static final Pattern GENERIC = Pattern.compile(
            "(gpus?|npus?|chips?|cards?|accelerators?|processors?|芯片|加速卡|卡|显卡)+$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_·./]+");

    private ChipNames() {
    }

    static String key(String name) {
        if (name == null) {
            return "";
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = SEPARATORS.matcher(n).replaceAll("");
        n = VENDOR.matcher(n).replaceAll("");
        n = n.replace("昇腾", "ascend").replace("昆仑芯", "kunlunxin").replace("寒武纪", "cambricon")
                .replace("海光", "hygon");
        String prev;
        do {
            prev = n;
            n = GENERIC.matcher(n).replaceAll("");
        } while (!n.equals(prev));
        return n;
    }
}

package dev.orrery.designer.canvas;

import dev.orrery.core.model.StepKind;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The one mapping from step kind to icon, accent colour and CSS class, used by palette and canvas. */
public enum KindStyle {
    DATA_PREP(StepKind.DATA_PREP, MaterialDesignD.DATABASE, "#0969da"),
    TRAIN(StepKind.TRAIN, MaterialDesignB.BRAIN, "#8250df"),
    EVALUATE(StepKind.EVALUATE, MaterialDesignC.CHART_LINE, "#1a7f37"),
    DEPLOY(StepKind.DEPLOY, MaterialDesignR.ROCKET_LAUNCH, "#bc4c00"),
    CONTAINER(StepKind.CONTAINER, MaterialDesignC.CUBE_OUTLINE, "#57606a"),
    SCRIPT(StepKind.SCRIPT, MaterialDesignC.CODE_BRACES, "#0550ae"),
    RESOURCE(StepKind.RESOURCE, MaterialDesignK.KUBERNETES, "#326ce5"),
    APPROVAL(StepKind.APPROVAL, MaterialDesignA.ACCOUNT_CHECK, "#9a6700"),
    SUB_PIPELINE(StepKind.SUB_PIPELINE, MaterialDesignS.SITEMAP, "#6e7781"),
    SWEEP(StepKind.SWEEP, MaterialDesignT.TUNE, "#bf3989"),
    OTHER(StepKind.OTHER, MaterialDesignP.PUZZLE, "#6e7781");

    private final StepKind kind;
    private final Ikon icon;
    private final Color accent;

    KindStyle(StepKind kind, Ikon icon, String accent) {
        this.kind = kind;
        this.icon = icon;
        this.accent = Color.web(accent);
    }

    /** The style of each step kind, by the kind's ordinal: the snapshot looks up every step in view per repaint. */
    private static final KindStyle[] BY_KIND = new KindStyle[StepKind.values().length];

    static {
        java.util.Arrays.fill(BY_KIND, OTHER);
        for (KindStyle s : values()) {
            BY_KIND[s.kind.ordinal()] = s;
        }
    }

    public static KindStyle of(StepKind kind) {
        return kind == null ? OTHER : BY_KIND[kind.ordinal()];
    }

    public Ikon icon() {
        return icon;
    }

    public Color accent() {
        return accent;
    }

    /** CSS class of nodes of this kind, e.g. {@code kind-data-prep}. */
    public String styleClass() {
        return "kind-" + kind.id();
    }
}

package zwfw.kiosk.app.screen.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import zwfw.kiosk.app.input.keyboard.OnScreenKeyboard;
import zwfw.kiosk.app.screen.Screen;
import zwfw.kiosk.app.screen.SessionBar;
import zwfw.kiosk.core.catalog.FieldOption;

/**
 * The form's controls: text boxes (typed on the on-screen keyboard), large choice buttons for
 * selections, a large tick box, the field's problem under it, and "next"; in 长辈版 a few fields a
 * page with 上一页 and 第 n/m 页.
 */
public final class FormView implements Screen {
    private final FormViewModel model;
    private final BorderPane root = new BorderPane();
    private final VBox rows = new VBox(20);
    private final OnScreenKeyboard keyboard;
    private final Map<FormViewModel.FieldModel, Node> rowOf = new LinkedHashMap<>();

    public FormView(FormViewModel model, SessionBar bar) {
        this.model = model;
        this.keyboard = new OnScreenKeyboard(model.messages());
        root.setId("form");
        root.getStyleClass().add("page");
        Label title = new Label();
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(model.title());
        Label note = new Label();
        note.getStyleClass().add("hint");
        note.textProperty().bind(model.attachmentsNote());
        root.setTop(new VBox(16, bar.node(), title, note));
        buildRows();
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("service-scroll");
        HBox.setHgrow(scroll, Priority.ALWAYS);
        HBox centre = new HBox(32, scroll, keyboard.node());
        root.setCenter(centre);
        Button next = new Button();
        next.setId("form-next");
        next.getStyleClass().add("primary-button");
        next.textProperty().bind(model.nextText());
        next.setOnAction(e -> model.next());
        HBox bottom = new HBox(16, pager(), next);
        if (model.offersOnBehalf()) {
            Button agent = new Button();
            agent.setId("form-agent");
            agent.getStyleClass().add("secondary-button");
            agent.textProperty().bind(model.onBehalfText());
            agent.setOnAction(e -> model.chooseOnBehalf());
            bottom.getChildren().add(0, agent);
        }
        bottom.setAlignment(Pos.CENTER_RIGHT);
        bottom.getStyleClass().add("bottom-bar");
        root.setBottom(bottom);
        // Labels and options come from the catalog in both languages: rebuild on a switch.
        model.localeProperty().addListener((o, a, b) -> buildRows());
        model.pageFields().addListener((ListChangeListener<FormViewModel.FieldModel>) c -> showRows());
        model.paged().addListener((o, was, now) -> showRows());
    }

    /** 长辈版 with more than one page: 上一页 and 第 n/m 页 left of "next". */
    private HBox pager() {
        Button previous = new Button();
        previous.setId("form-previous");
        previous.getStyleClass().addAll("secondary-button", "page-button");
        previous.textProperty().bind(model.previousText());
        previous.disableProperty().bind(model.hasPrevious().not());
        previous.setOnAction(e -> model.previousPage());
        Label where = new Label();
        where.setId("form-page-number");
        where.getStyleClass().add("page-number");
        where.textProperty().bind(model.pageText());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox pager = new HBox(16, previous, gap, where);
        pager.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(pager, Priority.ALWAYS);
        pager.visibleProperty().bind(model.showsPages());
        pager.managedProperty().bind(pager.visibleProperty());
        return pager;
    }

    private void buildRows() {
        rowOf.clear();
        model.fields().forEach(f -> rowOf.put(f, row(f)));
        showRows();
    }

    /** Every field, or in 长辈版 the page's; the keyboard then types into the page's first box. */
    private void showRows() {
        List<FormViewModel.FieldModel> shown = model.paged().get() ? model.pageFields() : model.fields();
        rows.getChildren().setAll(shown.stream().map(rowOf::get).toList());
        // Letter keys take room only where a box takes letters: the form beside them keeps its width either way.
        keyboard.roomForLetters(shown.stream().anyMatch(f -> f.field().type() == zwfw.kiosk.core.catalog.FieldType.TEXT));
        if (model.paged().get()) {
            rows.lookupAll(".form-field").stream().filter(n -> !MaskedField.isMasked(n)).findFirst().ifPresent(Node::requestFocus);
        }
    }

    private Node row(FormViewModel.FieldModel f) {
        Label label = new Label(model.label(f));
        label.setId("label-" + f.field().name());
        label.getStyleClass().add("field-label");
        Node input = switch (f.field().type()) {
            case SELECT -> select(f);
            case CHECKBOX -> checkbox(f);
            case ATTACHMENT -> new AttachmentRow(model.attachment(f)).node();
            default -> textField(f);
        };
        Label problem = new Label();
        problem.setId("problem-" + f.field().name());
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(f.problemProperty());
        return new VBox(8, label, input, problem);
    }

    private Node textField(FormViewModel.FieldModel f) {
        TextField t = new TextField();
        t.setId("field-" + f.field().name());
        t.getStyleClass().add("form-field");
        if (f.maskedAtStart()) {
            MaskedField.show(t, f.maskedValue(), f.valueProperty());
        } else {
            t.textProperty().bindBidirectional(f.valueProperty());
        }
        t.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                keyboard.target(t, f.field().type());
            }
        });
        return t;
    }

    private Node select(FormViewModel.FieldModel f) {
        ToggleGroup group = new ToggleGroup();
        FlowPane pane = new FlowPane(12, 12);
        for (FieldOption o : f.field().options() == null ? java.util.List.<FieldOption>of() : f.field().options()) {
            ToggleButton b = new ToggleButton(model.optionLabel(o));
            b.setId("option-" + f.field().name() + "-" + o.value());
            b.getStyleClass().add("choice-button");
            // The chosen chip shows a tick as well as its colour. Transparent, not invisible, when not chosen: a button
            // leaves out an invisible graphic's room, so choosing would widen the chip and could wrap the row.
            Label tick = new Label("✓");
            tick.getStyleClass().addAll("choice-tick", zwfw.kiosk.app.speech.ScreenText.SILENT);
            tick.opacityProperty().bind(javafx.beans.binding.Bindings.when(b.selectedProperty()).then(1.0).otherwise(0.0));
            b.setGraphic(tick);
            b.setToggleGroup(group);
            b.setSelected(o.value().equals(f.valueProperty().get()));
            b.setOnAction(e -> f.valueProperty().set(b.isSelected() ? o.value() : ""));
            pane.getChildren().add(b);
        }
        pane.setId("field-" + f.field().name());
        return pane;
    }

    private Node checkbox(FormViewModel.FieldModel f) {
        CheckBox c = new CheckBox();
        c.setId("field-" + f.field().name());
        c.getStyleClass().add("big-check");
        c.setSelected("true".equals(f.valueProperty().get()));
        c.selectedProperty().addListener((o, was, now) -> f.valueProperty().set(Boolean.toString(now)));
        return c;
    }

    @Override
    public String name() {
        return "form";
    }

    @Override
    public Parent view() {
        return root;
    }
}

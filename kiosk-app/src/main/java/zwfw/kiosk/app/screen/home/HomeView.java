package zwfw.kiosk.app.screen.home;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
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
import zwfw.kiosk.app.screen.Screen;
import zwfw.kiosk.app.screen.SessionBar;

/**
 * The home screen's controls: a search box and one large button per service, under its department;
 * in 长辈版 instead one page of very large buttons in one column, with 上一页 / 下一页 and 第 1/3 页.
 */
public final class HomeView implements Screen {
    private final HomeViewModel model;
    private final BorderPane root = new BorderPane();
    private final VBox list = new VBox(24);
    private final VBox pageList = new VBox(16);
    /** The text width inside a normal service button: 420 px less its padding and the icon with its gap (kiosk.css). */
    private static final double SERVICE_TEXT_WIDTH = 372 - 44 - 16;

    public HomeView(HomeViewModel model, SessionBar bar) {
        this.model = model;
        root.setId("home");
        root.getStyleClass().addAll("page", "home");
        Label title = new Label();
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(model.title());
        TextField search = new TextField();
        search.setId("service-search");
        search.getStyleClass().add("search-field");
        search.promptTextProperty().bind(model.searchPrompt());
        search.textProperty().bindBidirectional(model.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button progress = new Button();
        progress.setId("home-progress");
        progress.getStyleClass().add("secondary-button");
        progress.textProperty().bind(model.progressText());
        progress.setOnAction(e -> model.progress());
        HBox grouping = grouping();
        HBox searchRow = new HBox(16, search, grouping, progress);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox titleRow = new HBox(16, title, gap);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        Label identity = new Label();
        identity.setId("home-identity");
        identity.getStyleClass().add("identity-note");
        identity.textProperty().bind(model.identityNote());
        VBox top = new VBox(16, bar.node(), titleRow, searchRow);
        root.setTop(top);
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("service-scroll");
        pageList.setId("service-page");
        pageList.getStyleClass().add("service-page");
        HBox pager = pager();
        model.groups().addListener((ListChangeListener<HomeViewModel.Group>) c -> rebuild());
        model.page().addListener((ListChangeListener<HomeViewModel.Row>) c -> rebuildPage());
        // 长辈版 has no search box: 办件进度查询 moves up beside the title, the page and its buttons fill the rest.
        Runnable layout = () -> {
            boolean paged = model.paged().get();
            if (paged) {
                searchRow.getChildren().remove(progress);
                titleRow.getChildren().setAll(title, identity, gap, progress);
                top.getChildren().setAll(bar.node(), titleRow);
                root.setCenter(pageList);
                root.setBottom(pager);
            } else {
                titleRow.getChildren().setAll(title, identity, gap);
                searchRow.getChildren().setAll(search, grouping, progress);
                top.getChildren().setAll(bar.node(), titleRow, searchRow);
                root.setCenter(scroll);
                root.setBottom(null);
            }
        };
        model.paged().addListener((o, was, now) -> layout.run());
        layout.run();
        rebuild();
        rebuildPage();
    }

    /** 按部门 | 按主题: two halves of one switch. */
    private HBox grouping() {
        ToggleGroup choice = new ToggleGroup();
        ToggleButton byDepartment = groupingButton("home-by-department", model.byDepartmentText(),
                HomeViewModel.Grouping.DEPARTMENT, choice);
        ToggleButton byTopic = groupingButton("home-by-topic", model.byTopicText(), HomeViewModel.Grouping.TOPIC, choice);
        byDepartment.getStyleClass().add("grouping-left");
        byTopic.getStyleClass().add("grouping-right");
        HBox box = new HBox(0, byDepartment, byTopic);
        box.getStyleClass().add("grouping-switch");
        return box;
    }

    private ToggleButton groupingButton(String id, javafx.beans.binding.StringBinding text,
                                        HomeViewModel.Grouping value, ToggleGroup choice) {
        ToggleButton b = new ToggleButton();
        b.setId(id);
        b.getStyleClass().add("grouping-button");
        b.textProperty().bind(text);
        b.setToggleGroup(choice);
        b.setSelected(model.groupingProperty().get() == value);
        // A switch, not two checkboxes: tapping the chosen half again keeps it chosen.
        b.setOnAction(e -> {
            b.setSelected(true);
            model.groupingProperty().set(value);
        });
        return b;
    }

    private HBox pager() {
        Button previous = new Button();
        previous.setId("page-previous");
        previous.getStyleClass().addAll("secondary-button", "page-button");
        previous.textProperty().bind(model.previousText());
        previous.disableProperty().bind(model.hasPrevious().not());
        previous.setOnAction(e -> model.previousPage());
        Label where = new Label();
        where.setId("page-number");
        where.getStyleClass().add("page-number");
        where.textProperty().bind(model.pageText());
        Button next = new Button();
        next.setId("page-next");
        next.getStyleClass().addAll("primary-button", "page-button");
        next.textProperty().bind(model.nextText());
        next.disableProperty().bind(model.hasNext().not());
        next.setOnAction(e -> model.nextPage());
        Region left = new Region();
        Region right = new Region();
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox pager = new HBox(16, previous, left, where, right, next);
        pager.setAlignment(Pos.CENTER);
        pager.getStyleClass().add("pager");
        return pager;
    }

    private void rebuildPage() {
        pageList.getChildren().clear();
        if (model.page().isEmpty()) {
            Label none = new Label();
            none.getStyleClass().add("hint");
            none.textProperty().bind(model.nothingFound());
            pageList.getChildren().add(none);
            return;
        }
        for (HomeViewModel.Row row : model.page()) {
            Label name = new Label(row.name());
            name.getStyleClass().add("service-name");
            Label detail = new Label(model.detailText(row));
            detail.getStyleClass().add("service-needs");
            VBox box = new VBox(4, name, detail);
            unavailable(box, row);
            box.setAlignment(Pos.CENTER_LEFT);
            HBox card = new HBox(24, ServiceIcons.icon(row.item().category(), row.code()), box);
            card.setAlignment(Pos.CENTER_LEFT);
            Button b = new Button();
            b.setGraphic(card);
            b.setId("service-" + row.code());
            b.getStyleClass().add("page-service-button");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> model.choose(row));
            b.setDisable(!model.available(row));
            pageList.getChildren().add(b);
        }
    }

    private void rebuild() {
        list.getChildren().clear();
        if (model.groups().isEmpty()) {
            Label none = new Label();
            none.setId("nothing-found");
            none.getStyleClass().add("hint");
            none.textProperty().bind(model.nothingFound());
            list.getChildren().add(none);
            return;
        }
        for (HomeViewModel.Group g : model.groups()) {
            Label dept = new Label(model.heading(g));
            dept.getStyleClass().add("department");
            FlowPane services = new FlowPane(16, 16);
            for (HomeViewModel.Row row : g.services()) {
                services.getChildren().add(serviceButton(row));
            }
            list.getChildren().add(new VBox(12, dept, services));
        }
    }

    private Button serviceButton(HomeViewModel.Row row) {
        Label name = new Label(row.name());
        name.getStyleClass().add("service-name");
        name.setWrapText(true);
        Label needs = new Label(row.needs());
        needs.getStyleClass().add("service-needs");
        needs.setWrapText(true);
        Label minutes = new Label(model.minutesText(row.minutes()));
        minutes.getStyleClass().add("service-minutes");
        VBox box = new VBox(8, name, needs, minutes) {
            @Override
            protected double computePrefHeight(double width) {
                // The button asks at "unknown width less its padding", a negative width at which the
                // wrapping lines broke after every character and the button grew several times too tall.
                return super.computePrefHeight(width < 0 ? SERVICE_TEXT_WIDTH : width);
            }
        };
        box.setAlignment(Pos.CENTER_LEFT);
        unavailable(box, row);
        HBox card = new HBox(16, ServiceIcons.icon(row.item().category(), row.code()), box);
        card.setAlignment(Pos.CENTER_LEFT);
        Button b = new Button();
        b.setGraphic(card);
        b.setId("service-" + row.code());
        b.getStyleClass().add("service-button");
        b.setOnAction(e -> model.choose(row));
        b.setDisable(!model.available(row)); // greyed out, with the reason on it
        return b;
    }

    /** A service that cannot be chosen now says why on its button. */
    private void unavailable(VBox box, HomeViewModel.Row row) {
        String why = model.unavailableText(row);
        if (!why.isEmpty()) {
            Label reason = new Label(why);
            reason.setId("service-unavailable-" + row.code());
            reason.getStyleClass().add("service-unavailable");
            reason.setWrapText(true);
            box.getChildren().add(reason);
        }
    }

    @Override
    public String name() {
        return "home";
    }

    @Override
    public Parent view() {
        return root;
    }
}

package zwfw.kiosk.app.screen.home;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import zwfw.kiosk.app.screen.Screen;
import zwfw.kiosk.app.screen.SessionBar;

/** The home screen's controls: a search box and one large button per service, under its department. */
public final class HomeView implements Screen {
    private final HomeViewModel model;
    private final BorderPane root = new BorderPane();
    private final VBox list = new VBox(24);

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
        HBox searchRow = new HBox(16, search, progress);
        VBox top = new VBox(16, bar.node(), title, searchRow);
        root.setTop(top);
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("service-scroll");
        root.setCenter(scroll);
        model.groups().addListener((ListChangeListener<HomeViewModel.Group>) c -> rebuild());
        rebuild();
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
            Label dept = new Label(g.department());
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
        Label needs = new Label(row.needs());
        needs.getStyleClass().add("service-needs");
        needs.setWrapText(true);
        Label minutes = new Label(model.minutesText(row.minutes()));
        minutes.getStyleClass().add("service-minutes");
        VBox box = new VBox(8, name, needs, minutes);
        box.setAlignment(Pos.CENTER_LEFT);
        Button b = new Button();
        b.setGraphic(box);
        b.setId("service-" + row.code());
        b.getStyleClass().add("service-button");
        b.setOnAction(e -> model.choose(row));
        return b;
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

package dev.callroute.scenario;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Builds YAML node trees for emission, and emits them with SnakeYAML Engine. */
final class YamlNodes {
  private YamlNodes() {}

  /** A text scalar; the emitter quotes it when it would otherwise read as another type. */
  static Node text(String value) {
    return new ScalarNode(Tag.STR, value, ScalarStyle.PLAIN);
  }

  /** A boolean scalar. */
  static Node bool(boolean value) {
    return new ScalarNode(Tag.BOOL, Boolean.toString(value), ScalarStyle.PLAIN);
  }

  /** A list of words, written on one line. */
  static Node flowList(List<String> words) {
    List<Node> items = new ArrayList<>();
    for (String w : words) {
      items.add(text(w));
    }
    return new SequenceNode(Tag.SEQ, items, FlowStyle.FLOW);
  }

  /** A list written one item per line. */
  static Node blockList(List<Node> items) {
    return new SequenceNode(Tag.SEQ, items, FlowStyle.BLOCK);
  }

  /** A map being built, key by key, in order. */
  static final class MapBuilder {
    private final List<NodeTuple> tuples = new ArrayList<>();
    private final FlowStyle style;

    MapBuilder(FlowStyle style) {
      this.style = style;
    }

    MapBuilder put(String key, Node value) {
      tuples.add(new NodeTuple(text(key), value));
      return this;
    }

    MapBuilder put(String key, String value) {
      return put(key, text(value));
    }

    boolean isEmpty() {
      return tuples.isEmpty();
    }

    Node build() {
      return new MappingNode(Tag.MAP, tuples, style);
    }
  }

  /** A map written on one line: {@code {id: c1, type: app}}. */
  static MapBuilder flowMap() {
    return new MapBuilder(FlowStyle.FLOW);
  }

  /** A map written one key per line. */
  static MapBuilder blockMap() {
    return new MapBuilder(FlowStyle.BLOCK);
  }

  /** The YAML text of a node tree. */
  static String dump(Node node) {
    DumpSettings settings =
        DumpSettings.builder()
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setWidth(100)
            .build();
    StringWriter out = new StringWriter();
    new Dump(settings)
        .dumpNode(
            node,
            new StreamDataWriter() {
              @Override
              public void write(String str) {
                out.write(str);
              }

              @Override
              public void write(String str, int off, int len) {
                out.write(str, off, len);
              }
            });
    return out.toString();
  }
}

// Turns the demo content's simple blocks into the editor's JSON document shape.
import type { RichDoc, RichNode } from "@/lib/rich-text";
import type { DemoBlock } from "./content";

const text = (t: string): RichNode => ({ type: "text", text: t });
const para = (t: string): RichNode => ({ type: "paragraph", content: [text(t)] });

export function blocksToDoc(blocks: DemoBlock[]): RichDoc {
  const content = blocks.map((block): RichNode => {
    switch (block.type) {
      case "paragraph":
        return para(block.text);
      case "heading":
        return { type: "heading", attrs: { level: 2 }, content: [text(block.text)] };
      case "quote":
        return { type: "blockquote", attrs: block.cite ? { cite: block.cite } : {}, content: [para(block.text)] };
      case "pullQuote":
        return { type: "pullQuote", content: [text(block.text)] };
      case "list":
        return {
          type: block.ordered ? "orderedList" : "bulletList",
          content: block.items.map((item) => ({ type: "listItem", content: [para(item)] })),
        };
    }
  });
  return { type: "doc", content };
}

export const id = 447;
export const ids = [447];
export const modules = {

/***/ 1447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pinImage: () => (/* binding */ pinImage)
/* harmony export */ });
/* unused harmony exports imageName, detectKind */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1717);

/** `name[:tag][@digest]` → `name`. */
function imageName(ref) {
    const at = ref.indexOf('@');
    const noDigest = at >= 0 ? ref.slice(0, at) : ref;
    const colon = noDigest.lastIndexOf(':');
    return colon > noDigest.lastIndexOf('/') ? noDigest.slice(0, colon) : noDigest;
}
function detectKind(path, docs) {
    const first = docs[0]?.toJS();
    if (/(^|\/)kustomization\.ya?ml$/.test(path) || first?.kind === 'Kustomization')
        return 'kustomization';
    if (docs.length === 1 && first && typeof first === 'object' && !('kind' in first) && findHelmImages(docs[0]).length > 0)
        return 'helm-values';
    return 'manifests';
}
function pinImage(path, text, request) {
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseAllDocuments)(text);
    for (const doc of docs) {
        if (doc.errors.length > 0)
            throw new Error(`${path} is not valid YAML: ${doc.errors[0].message}`);
    }
    const known = new Set([request.image, ...(request.aliases ?? [])]);
    const names = { has: (name) => known.has(name) || (!!request.service && name.split('/').pop() === request.service) };
    const kind = detectKind(path, docs);
    const edits = new TextEdits(text);
    let pinned = 0;
    if (kind === 'kustomization') {
        const root = docs[0].contents;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(root))
            throw new Error(`${path} is a kustomization without a mapping at its root`);
        const images = root.get('images', true);
        const entry = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(images)
            ? images.items.find((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(item) && (names.has(String(item.get('name'))) || names.has(String(item.get('newName')))))
            : undefined;
        if (entry) {
            edits.setKey(entry, 'newName', request.image);
            edits.deleteKey(entry, 'newTag');
            edits.setKey(entry, 'digest', request.digest);
        }
        else {
            const item = [`name: ${request.image}`, `newName: ${request.image}`, `digest: ${request.digest}`];
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(images) && images.items.length > 0 && !images.flow)
                edits.appendSeqItem(images, item);
            else if (!images)
                edits.appendRootKey('images', item);
            else
                throw new Error(`${path}: cannot add an images entry to this images: list; add "- name: ${request.image}" to it once by hand`);
        }
        pinned = 1;
    }
    else if (kind === 'helm-values') {
        for (const image of findHelmImages(docs[0])) {
            if (!names.has(String(image.get('repository'))))
                continue;
            edits.setKey(image, 'repository', request.image);
            edits.setKey(image, 'digest', request.digest);
            pinned++;
        }
    }
    else {
        for (const doc of docs) {
            for (const container of findContainers(doc.contents)) {
                const ref = container.get('image');
                if (typeof ref !== 'string' || !names.has(imageName(ref)))
                    continue;
                edits.setKey(container, 'image', `${request.image}@${request.digest}`);
                pinned++;
            }
        }
    }
    const out = edits.apply();
    return { text: out, kind, pinned, changed: out !== text };
}
/**
 * Edits made by splicing the original text at the positions the parser reports, so that
 * everything not edited stays byte for byte as it was (comments, quoting, flow style).
 */
class TextEdits {
    text;
    edits = [];
    constructor(text) {
        this.text = text;
    }
    setKey(map, key, value) {
        const pair = map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(p.key) && p.key.value === key);
        const node = pair?.value;
        if (pair && (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(node) && node.range) {
            if (node.value === value)
                return;
            const quote = node.type === 'QUOTE_DOUBLE' ? '"' : node.type === 'QUOTE_SINGLE' ? "'" : '';
            this.edits.push({ start: node.range[0], end: node.range[1], text: `${quote}${value}${quote}` });
            return;
        }
        if (pair)
            throw new Error(`cannot set ${key}: it is not a plain value`);
        if (map.flow) {
            const end = map.range[1] - 1; // before the closing brace
            this.edits.push({ start: end, end, text: `${map.items.length ? ', ' : ''}${key}: ${value}` });
            return;
        }
        const first = map.items[0];
        const last = map.items[map.items.length - 1];
        if (!first || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(first.key) || !first.key.range)
            throw new Error(`cannot add ${key} to an empty mapping`);
        const indent = this.column(first.key.range[0]);
        const end = this.lineEnd(this.nodeEnd(last));
        this.edits.push({ start: end, end, text: `\n${' '.repeat(indent)}${key}: ${value}` });
    }
    deleteKey(map, key) {
        const pair = map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(p.key) && p.key.value === key);
        if (!pair || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(pair.key) || !pair.key.range)
            return;
        if (map.flow)
            throw new Error(`cannot remove ${key} from a flow mapping`);
        const start = this.lineStart(pair.key.range[0]);
        if (this.text.slice(start, pair.key.range[0]).trim() !== '') {
            // The key shares its line with a sequence dash (`- newTag: x`): blank the pair only.
            this.edits.push({ start: pair.key.range[0], end: this.lineEnd(this.nodeEnd(pair)), text: '' });
            return;
        }
        this.edits.push({ start, end: this.lineEnd(this.nodeEnd(pair)) + 1, text: '' });
    }
    appendSeqItem(seq, lines) {
        const first = seq.items[0];
        const dash = this.text.lastIndexOf('-', first.range[0]);
        const indent = this.column(dash);
        const end = this.lineEnd(this.nodeEnd(seq.items[seq.items.length - 1]));
        const body = lines.map((line, i) => `${' '.repeat(indent)}${i === 0 ? '- ' : '  '}${line}`).join('\n');
        this.edits.push({ start: end, end, text: `\n${body}` });
    }
    appendRootKey(key, lines) {
        const end = this.text.replace(/\s+$/, '').length;
        const body = lines.map((line, i) => `${i === 0 ? '  - ' : '    '}${line}`).join('\n');
        this.edits.push({ start: end, end, text: `\n${key}:\n${body}` });
    }
    apply() {
        let out = this.text;
        // From the end backwards, so earlier positions stay valid; at one position the edit
        // added last goes in first, so insertions keep the order they were made in.
        const ordered = this.edits.map((edit, i) => ({ ...edit, i })).sort((a, b) => b.start - a.start || b.i - a.i);
        for (const edit of ordered) {
            out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
        }
        return out;
    }
    nodeEnd(node) {
        const n = node;
        const range = n.range ?? n.value?.range ?? n.key?.range;
        // range[1] is the end of the value itself, before any trailing comment.
        return range ? range[1] : 0;
    }
    lineStart(pos) {
        return this.text.lastIndexOf('\n', pos - 1) + 1;
    }
    /** The end of the line holding `pos`, before its newline (trailing comments stay on it). */
    lineEnd(pos) {
        const nl = this.text.indexOf('\n', Math.max(pos - 1, 0));
        return nl < 0 ? this.text.length : nl;
    }
    column(pos) {
        return pos - this.lineStart(pos);
    }
}
/** Maps named `image` that hold a `repository` key, anywhere in the values tree. */
function findHelmImages(doc) {
    const found = [];
    const walk = (node) => {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(node)) {
            for (const pair of node.items) {
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(pair.key) && pair.key.value === 'image' && (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(pair.value) && pair.value.has('repository'))
                    found.push(pair.value);
                walk(pair.value);
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(node))
            node.items.forEach(walk);
    };
    walk(doc.contents);
    return found;
}
/** Container maps (`containers`, `initContainers`, `ephemeralContainers`) at any depth. */
function findContainers(node) {
    const found = [];
    const walk = (n) => {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(n)) {
            for (const pair of n.items) {
                const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(pair.key) ? pair.key.value : undefined;
                if ((key === 'containers' || key === 'initContainers' || key === 'ephemeralContainers') && (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(pair.value)) {
                    for (const item of pair.value.items)
                        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(item) && item.has('image'))
                            found.push(item);
                }
                walk(pair.value);
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(n))
            n.items.forEach(walk);
    };
    walk(node);
    return found;
}


/***/ })

};

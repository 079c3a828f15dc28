export const id = 367;
export const ids = [367];
export const modules = {

/***/ 9367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseObjects: () => (/* binding */ parseObjects)
/* harmony export */ });
/* harmony import */ var _cna_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8381);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1717);


/** The Kubernetes objects in one YAML text (`List` objects unpacked, empty documents skipped). Pure. */
function parseObjects(text, source) {
    const out = [];
    for (const doc of (0,yaml__WEBPACK_IMPORTED_MODULE_1__.parseAllDocuments)(text)) {
        if (doc.errors.length)
            throw new _cna_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${source} is not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
        const value = doc.toJS();
        if (value === null || value === undefined)
            continue;
        const objects = isList(value) ? value.items : [value];
        for (const object of objects) {
            const o = object;
            if (!o || typeof o !== 'object' || typeof o.apiVersion !== 'string' || typeof o.kind !== 'string' || typeof o.metadata?.name !== 'string') {
                throw new _cna_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${source} holds a document that is not a Kubernetes object (it needs apiVersion, kind and metadata.name).`);
            }
            refuseUnsafeNames(o, source);
            out.push({ object: o, source });
        }
    }
    return out;
}
/** Kinds are identifiers; names are Kubernetes names (DNS-1123, with `:` for RBAC's `system:` names). */
const KIND = /^[A-Za-z][A-Za-z0-9]{0,62}$/;
const NAME = /^[A-Za-z0-9]([A-Za-z0-9._:-]{0,251}[A-Za-z0-9])?$/;
/**
 * A manifest's kind and name are printed in the log and the PR comment: text that could carry a
 * new line (and with it a workflow command such as `::add-mask::`) or Markdown is refused here,
 * before anything is printed or applied. Kubernetes would refuse such a name anyway.
 */
function refuseUnsafeNames(object, source) {
    if (KIND.test(object.kind) && NAME.test(object.metadata.name))
        return;
    const shown = JSON.stringify(`${object.kind}/${object.metadata.name}`.slice(0, 80));
    throw new _cna_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${source} holds an object whose kind or name is not a Kubernetes name: ${shown}. Expected a kind like Deployment and a name of letters, digits, "-", "." (DNS-1123).`);
}
function isList(value) {
    const v = value;
    return typeof v.kind === 'string' && v.kind.endsWith('List') && Array.isArray(v.items);
}


/***/ })

};

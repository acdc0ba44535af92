//! `#[derive(ToJson, FromJson)]`: kubeplay's typed values to and from a
//! `serde_json::Value`, in straight-line code.
//!
//! Why not serde's derive: it generates a visitor, a field enum and a
//! `Deserializer`-generic body per type, and serde_json then instantiates
//! its map/seq machinery once more per type (plus `Content` buffering for
//! `flatten` and `untagged`). In the wasm that was ~100 KB gzip. Here every
//! field is one call of a small helper in `crate::json` (`put(&mut map,
//! "name", value)`; decoding starts from the fields' defaults and fills
//! them in place, `field_into(map, "name", &mut out.name)`), and the
//! traits there do the rest.
//!
//! The derives read serde's attribute vocabulary under its own name
//! (`#[serde(...)]`), so the object types read as they always did and the
//! JSON shapes stay serde_json's:
//! - container: `rename_all = "camelCase" | "lowercase" | "snake_case"`,
//!   `untagged` (enums of newtype/unit variants: first variant that decodes),
//!   and kubeplay's own `go = "HTTPGetAction"`: the Go type's name where it
//!   is not the Rust one (for the apiserver's error words);
//! - field: `rename = "x"`, `default`, `skip`, `skip_serializing_if = "path"`,
//!   `flatten` (a map of the other keys), `with = "module"` (its `to_json`
//!   and `from_json`), `deserialize_with = "function"`;
//! - variant: `rename = "x"`.
//!
//! Shapes: named structs (a JSON object), newtypes (the inner value),
//! tuple structs (an array), unit structs (`null`), and enums externally
//! tagged as serde_json does (`"Unit"`, `{"Newtype": v}`, `{"Tuple": [..]}`,
//! `{"Struct": {..}}`).
//!
//! Decoding: a type error is worded as the apiserver's Go decoder words
//! it (`json: cannot unmarshal bool into Go struct field ConfigMap.data of
//! type string`: the innermost struct, the field path without indices, the
//! Go type); `null` is a zero value, as in Go; fields are decoded in key
//! order; a field without `default` that is not an `Option` is required
//! (serde's `missing field `port``, checked after all present fields, as
//! before); `flatten` collects every key the struct does not name.

use proc_macro::TokenStream;
use proc_macro2::TokenStream as Ts;
use quote::{format_ident, quote};
use syn::meta::ParseNestedMeta;
use syn::{
    parse_macro_input, Attribute, Data, DeriveInput, Fields, FieldsNamed, Ident, LitStr, Path, Type,
};

/// `#[derive(ToJson)]`: `to_json(&self) -> Value` (and, for named structs,
/// `write_json`: the text in declaration order, as serde wrote it).
#[proc_macro_derive(ToJson, attributes(serde))]
pub fn derive_to_json(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    to_json(&input)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// `#[derive(FromJson)]`: `from_json(&Value) -> Result<Self, DecodeErr>`.
#[proc_macro_derive(FromJson, attributes(serde))]
pub fn derive_from_json(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    from_json(&input)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// The `#[serde(...)]` words of one item.
#[derive(Default)]
struct Attrs {
    rename: Option<String>,
    rename_all: Option<String>,
    default: bool,
    flatten: bool,
    skip: bool,
    untagged: bool,
    skip_if: Option<Path>,
    with: Option<Path>,
    deserialize_with: Option<Path>,
    go: Option<String>,
}

fn lit(meta: &ParseNestedMeta) -> syn::Result<LitStr> {
    meta.value()?.parse()
}

fn attrs(list: &[Attribute]) -> syn::Result<Attrs> {
    let mut a = Attrs::default();
    for attr in list.iter().filter(|x| x.path().is_ident("serde")) {
        attr.parse_nested_meta(|meta| {
            let p = &meta.path;
            if p.is_ident("default") {
                a.default = true;
            } else if p.is_ident("flatten") {
                a.flatten = true;
            } else if p.is_ident("skip") {
                a.skip = true;
            } else if p.is_ident("untagged") {
                a.untagged = true;
            } else if p.is_ident("rename") {
                a.rename = Some(lit(&meta)?.value());
            } else if p.is_ident("go") {
                a.go = Some(lit(&meta)?.value());
            } else if p.is_ident("rename_all") {
                a.rename_all = Some(lit(&meta)?.value());
            } else if p.is_ident("skip_serializing_if") {
                a.skip_if = Some(lit(&meta)?.parse()?);
            } else if p.is_ident("with") {
                a.with = Some(lit(&meta)?.parse()?);
            } else if p.is_ident("deserialize_with") {
                a.deserialize_with = Some(lit(&meta)?.parse()?);
            } else {
                return Err(meta.error("kubeplay-derive does not support this serde attribute"));
            }
            Ok(())
        })?;
    }
    Ok(a)
}

/// serde's `rename_all` rules for a field (`snake_case` in) or a
/// variant (`PascalCase` in).
fn renamed(ident: &Ident, rule: Option<&str>, variant: bool) -> syn::Result<String> {
    let name = ident.to_string();
    let name = name.strip_prefix("r#").unwrap_or(&name).to_string();
    let snake = if variant {
        let mut s = String::new();
        for (i, c) in name.chars().enumerate() {
            if c.is_ascii_uppercase() && i > 0 {
                s.push('_');
            }
            s.push(c.to_ascii_lowercase());
        }
        s
    } else {
        name.clone()
    };
    Ok(match rule {
        None => name,
        Some("snake_case") => snake,
        Some("lowercase") => name.to_ascii_lowercase(),
        Some("camelCase") => {
            let mut out = String::new();
            let mut upper = false;
            for c in snake.chars() {
                if c == '_' {
                    upper = true;
                } else if upper {
                    out.push(c.to_ascii_uppercase());
                    upper = false;
                } else {
                    out.push(c);
                }
            }
            out
        }
        Some(other) => {
            return Err(syn::Error::new(
                ident.span(),
                format!("unsupported rename_all = {other:?}"),
            ))
        }
    })
}

/// One named field, read.
struct Field {
    ident: Ident,
    /// `f0`, `f1`, ...: the local holding it while decoding.
    var: Ident,
    key: String,
    attrs: Attrs,
    optional: bool,
}

fn named_fields(fields: &FieldsNamed, rule: Option<&str>) -> syn::Result<Vec<Field>> {
    fields
        .named
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let ident = f
                .ident
                .clone()
                .ok_or_else(|| syn::Error::new_spanned(f, "unnamed"))?;
            let attrs = attrs(&f.attrs)?;
            let key = match &attrs.rename {
                Some(k) => k.clone(),
                None => renamed(&ident, rule, false)?,
            };
            let optional = matches!(&f.ty, Type::Path(t)
                if t.path.segments.last().is_some_and(|s| s.ident == "Option"));
            Ok(Field {
                ident,
                var: format_ident!("f{i}"),
                key,
                attrs,
                optional,
            })
        })
        .collect()
}

/// Statements that fill `m: Map` from the fields; `access(ident)` is an
/// expression of type `&T` for the field.
fn put_fields(fields: &[Field], access: &dyn Fn(&Ident) -> Ts) -> Ts {
    let stmts = fields.iter().filter(|f| !f.attrs.skip).map(|f| {
        let acc = access(&f.ident);
        let key = &f.key;
        let value = match &f.attrs.with {
            Some(w) => quote!(#w::to_json(#acc)),
            None => quote!(crate::json::ToJson::to_json(#acc)),
        };
        let stmt = if f.attrs.flatten {
            quote!(crate::json::put_all(&mut m, #value);)
        } else {
            quote!(crate::json::put(&mut m, #key, #value);)
        };
        match &f.attrs.skip_if {
            Some(p) => quote!(if !#p(#acc) { #stmt }),
            None => stmt,
        }
    });
    quote!(let mut m = crate::json::Map::new(); #(#stmts)*)
}

/// The fields read from keys, in the order they are read (serde reads a
/// map in key order and stops at the first error), and their keys.
fn read_order(fields: &[Field]) -> (Vec<&Field>, Vec<&String>) {
    let mut order: Vec<&Field> = fields
        .iter()
        .filter(|f| !f.attrs.skip && !f.attrs.flatten)
        .collect();
    order.sort_by(|a, b| a.key.cmp(&b.key));
    let known = order.iter().map(|f| &f.key).collect();
    (order, known)
}

/// Statements that decode the fields of the object `v` and build
/// `ctor { .. }`; a type error in a field names `go` as Go's innermost struct.
fn take_fields(fields: &[Field], ctor: Ts, go: &str) -> Ts {
    let go_type = format!("v1.{go}");
    let var = |f: &Field| f.var.clone();
    let (order, known) = read_order(fields);
    let reads = order.iter().map(|f| {
        let v = var(f);
        let key = &f.key;
        match (&f.attrs.with, &f.attrs.deserialize_with) {
            (Some(w), _) => quote!(let #v = crate::json::field_with(m, #key, #w::from_json)?;),
            (None, Some(d)) => quote!(let #v = crate::json::field_with(m, #key, #d)?;),
            (None, None) => quote!(let #v = crate::json::field(m, #key)?;),
        }
    });
    let inits = fields.iter().map(|f| {
        let id = &f.ident;
        let v = var(f);
        let key = &f.key;
        if f.attrs.skip {
            quote!(#id: Default::default())
        } else if f.attrs.flatten {
            quote!(#id: crate::json::FromJson::from_json(&crate::json::rest(m, &[#(#known),*]))?)
        } else if f.attrs.default || f.optional {
            quote!(#id: #v.unwrap_or_default())
        } else {
            quote!(#id: crate::json::required(#v, #key)?)
        }
    });
    quote! {
        let m = crate::json::object(v, #go_type)?;
        let m = &*m;
        let fields = || -> Result<Self, crate::json::DecodeErr> {
            #(#reads)*
            Ok(#ctor { #(#inits),* })
        };
        fields().map_err(|e| e.within(#go))
    }
}

/// Like [`take_fields`] for a named struct: the struct starts with every
/// field at its type's default and each present key is decoded straight
/// into its field; a required field only notes that its key was there.
/// The same values and errors (the first failing key in key order, then
/// a missing required field or a failing `flatten` in declaration order),
/// in less code per field than [`take_fields`]' locals (no `Option` per
/// field to move, one drop of the struct on error instead of one per
/// decoded field).
fn fill_fields(fields: &[Field], go: &str) -> Ts {
    let go_type = format!("v1.{go}");
    let (order, known) = read_order(fields);
    let required = |f: &Field| !(f.attrs.default || f.optional);
    let reads = order.iter().map(|f| {
        let id = &f.ident;
        let key = &f.key;
        let read = match (&f.attrs.with, &f.attrs.deserialize_with) {
            (Some(w), _) => {
                quote!(crate::json::field_with_into(m, #key, #w::from_json, &mut out.#id)?)
            }
            (None, Some(d)) => quote!(crate::json::field_with_into(m, #key, #d, &mut out.#id)?),
            (None, None) => quote!(crate::json::field_into(m, #key, &mut out.#id)?),
        };
        let var = &f.var;
        match required(f) {
            true => quote!(let #var = #read;),
            false => quote!(#read;),
        }
    });
    let after = fields.iter().filter(|f| !f.attrs.skip).map(|f| {
        let id = &f.ident;
        let var = &f.var;
        let key = &f.key;
        if f.attrs.flatten {
            quote!(out.#id = crate::json::FromJson::from_json(&crate::json::rest(m, &[#(#known),*]))?;)
        } else if required(f) {
            quote!(crate::json::present(#var, #key)?;)
        } else {
            Ts::new()
        }
    });
    let ids = fields.iter().map(|f| &f.ident);
    quote! {
        let m = crate::json::object(v, #go_type)?;
        let m = &*m;
        let mut out = Self { #(#ids: Default::default()),* };
        let fill = |out: &mut Self| -> Result<(), crate::json::DecodeErr> {
            #(#reads)*
            #(#after)*
            Ok(())
        };
        fill(&mut out).map_err(|e| e.within(#go))?;
        Ok(out)
    }
}

fn to_json(input: &DeriveInput) -> syn::Result<Ts> {
    let name = &input.ident;
    let (ig, tg, wc) = input.generics.split_for_impl();
    let top = attrs(&input.attrs)?;
    let rule = top.rename_all.as_deref();
    let mut write = Ts::new();
    let body = match &input.data {
        Data::Struct(s) => match &s.fields {
            Fields::Named(n) => {
                let fields = named_fields(n, rule)?;
                let put = put_fields(&fields, &|id| quote!(&self.#id));
                let writes = fields.iter().filter(|f| !f.attrs.skip).map(|f| {
                    let id = &f.ident;
                    let key = &f.key;
                    let stmt = match (&f.attrs.with, f.attrs.flatten) {
                        (_, true) => {
                            quote!(w.entries(&crate::json::ToJson::to_json(&self.#id));)
                        }
                        (Some(p), false) => {
                            quote!(crate::json::ToJson::write_json(&#p::to_json(&self.#id), w.key(#key));)
                        }
                        (None, false) => {
                            quote!(crate::json::ToJson::write_json(&self.#id, w.key(#key));)
                        }
                    };
                    match &f.attrs.skip_if {
                        Some(p) => quote!(if !#p(&self.#id) { #stmt }),
                        None => stmt,
                    }
                });
                write = quote! {
                    fn write_json(&self, out: &mut String) {
                        let mut w = crate::json::ObjectWriter::open(out);
                        #(#writes)*
                        w.close();
                    }
                };
                quote!(#put crate::json::Value::Object(m))
            }
            Fields::Unnamed(u) if u.unnamed.len() == 1 => {
                write = quote! {
                    fn write_json(&self, out: &mut String) {
                        crate::json::ToJson::write_json(&self.0, out)
                    }
                };
                quote!(crate::json::ToJson::to_json(&self.0))
            }
            Fields::Unnamed(u) => {
                let items = (0..u.unnamed.len()).map(syn::Index::from);
                quote!(crate::json::Value::Array(
                    vec![#(crate::json::ToJson::to_json(&self.#items)),*]
                ))
            }
            Fields::Unit => quote!(crate::json::Value::Null),
        },
        Data::Enum(e) => {
            let arms = e
                .variants
                .iter()
                .map(|v| {
                    let vid = &v.ident;
                    let va = attrs(&v.attrs)?;
                    let tag = match va.rename {
                        Some(t) => t,
                        None => renamed(vid, rule, true)?,
                    };
                    let tagged = |value: Ts| {
                        if top.untagged {
                            value
                        } else {
                            quote!(crate::json::tagged(#tag, #value))
                        }
                    };
                    Ok(match &v.fields {
                        Fields::Unit if top.untagged => {
                            quote!(Self::#vid => crate::json::Value::Null)
                        }
                        Fields::Unit => {
                            quote!(Self::#vid => crate::json::Value::String(#tag.into()))
                        }
                        Fields::Unnamed(u) if u.unnamed.len() == 1 => {
                            let value = tagged(quote!(crate::json::ToJson::to_json(x)));
                            quote!(Self::#vid(x) => #value)
                        }
                        Fields::Unnamed(u) => {
                            let xs: Vec<Ident> = (0..u.unnamed.len())
                                .map(|i| format_ident!("x{i}"))
                                .collect();
                            let value = tagged(quote!(crate::json::Value::Array(vec![
                                #(crate::json::ToJson::to_json(#xs)),*
                            ])));
                            quote!(Self::#vid(#(#xs),*) => #value)
                        }
                        Fields::Named(n) => {
                            let fields = named_fields(n, va.rename_all.as_deref())?;
                            let ids: Vec<&Ident> = fields
                                .iter()
                                .filter(|f| !f.attrs.skip)
                                .map(|f| &f.ident)
                                .collect();
                            let put = put_fields(&fields, &|id| quote!(#id));
                            let value = tagged(quote!(crate::json::Value::Object(m)));
                            quote!(Self::#vid { #(#ids,)* .. } => { #put #value })
                        }
                    })
                })
                .collect::<syn::Result<Vec<Ts>>>()?;
            if e.variants.is_empty() {
                quote!(match *self {})
            } else {
                quote!(match self { #(#arms),* })
            }
        }
        Data::Union(_) => return Err(syn::Error::new_spanned(name, "unions are not supported")),
    };
    Ok(quote! {
        impl #ig crate::json::ToJson for #name #tg #wc {
            fn to_json(&self) -> crate::json::Value { #body }
            #write
        }
    })
}

fn from_json(input: &DeriveInput) -> syn::Result<Ts> {
    let name = &input.ident;
    let (ig, tg, wc) = input.generics.split_for_impl();
    let top = attrs(&input.attrs)?;
    // The Go type's name, for Go's error words (`Go struct field Pod.spec`).
    let go = top.go.clone().unwrap_or_else(|| name.to_string());
    let go_type = format!("v1.{go}");
    let rule = top.rename_all.as_deref();
    let body = match &input.data {
        Data::Struct(s) => match &s.fields {
            Fields::Named(n) => {
                let fields = named_fields(n, rule)?;
                fill_fields(&fields, &go)
            }
            Fields::Unnamed(u) if u.unnamed.len() == 1 => {
                quote!(Ok(Self(crate::json::FromJson::from_json(v)?)))
            }
            Fields::Unnamed(u) => {
                let n = u.unnamed.len();
                let xs: Vec<Ident> = (0..n).map(|i| format_ident!("x{i}")).collect();
                quote! {
                    let [#(#xs),*] = crate::json::array::<#n>(v)?;
                    Ok(Self(#(crate::json::FromJson::from_json(#xs)?),*))
                }
            }
            Fields::Unit => quote!(Ok(Self)),
        },
        Data::Enum(e) if top.untagged => {
            let tries = e.variants.iter().map(|v| {
                let vid = &v.ident;
                match &v.fields {
                    Fields::Unit => quote!(if v.is_null() { return Ok(Self::#vid); }),
                    _ => quote!(if let Ok(x) = crate::json::FromJson::from_json(v) {
                        return Ok(Self::#vid(x));
                    }),
                }
            });
            let msg = format!("data did not match any variant of untagged enum {name}");
            quote!(#(#tries)* Err(crate::json::DecodeErr::custom(#msg)))
        }
        Data::Enum(e) => {
            let mut tags = Vec::new();
            let mut arms = Vec::new();
            for v in &e.variants {
                let vid = &v.ident;
                let va = attrs(&v.attrs)?;
                let tag = match va.rename {
                    Some(t) => t,
                    None => renamed(vid, rule, true)?,
                };
                arms.push(match &v.fields {
                    Fields::Unit => quote!((#tag, None) => Ok(Self::#vid)),
                    Fields::Unnamed(u) if u.unnamed.len() == 1 => {
                        quote!((#tag, Some(v)) => Ok(Self::#vid(crate::json::FromJson::from_json(v)?)))
                    }
                    Fields::Unnamed(u) => {
                        let n = u.unnamed.len();
                        let xs: Vec<Ident> = (0..n).map(|i| format_ident!("x{i}")).collect();
                        quote!((#tag, Some(v)) => {
                            let [#(#xs),*] = crate::json::array::<#n>(v)?;
                            Ok(Self::#vid(#(crate::json::FromJson::from_json(#xs)?),*))
                        })
                    }
                    Fields::Named(n) => {
                        let fields = named_fields(n, va.rename_all.as_deref())?;
                        let take = take_fields(&fields, quote!(Self::#vid), &go);
                        quote!((#tag, Some(v)) => { #take })
                    }
                });
                tags.push(tag);
            }
            let what = format!("v1.{go}");
            quote! {
                match crate::json::variant(v, #what)? {
                    #(#arms,)*
                    (tag, _) => Err(crate::json::bad_variant(tag, &[#(#tags),*])),
                }
            }
        }
        Data::Union(_) => return Err(syn::Error::new_spanned(name, "unions are not supported")),
    };
    Ok(quote! {
        impl #ig crate::json::FromJson for #name #tg #wc {
            fn from_json(v: &crate::json::Value) -> Result<Self, crate::json::DecodeErr> { #body }
            fn go_type() -> String { #go_type.into() }
        }
    })
}

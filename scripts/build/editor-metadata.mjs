// Editor metadata from custom-elements.json: VS Code custom data and JetBrains web-types.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.tagName));

const valuesOf = (type) => {
  const literals = [...(type ?? '').matchAll(/'([^']+)'/g)].map((match) => match[1]);
  return literals.length ? literals : undefined;
};

const vscode = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: [element.summary, element.description].filter(Boolean).join('\n\n'),
    attributes: (element.attributes ?? []).map((attribute) => {
      const values = valuesOf(attribute.type?.text);
      return { name: attribute.name, description: attribute.description ?? '', ...(values ? { values: values.map((name) => ({ name })) } : {}) };
    }),
  })),
};

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  'js-types-syntax': 'typescript',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tagName,
        description: [element.summary, element.description].filter(Boolean).join('\n\n'),
        attributes: (element.attributes ?? []).map((attribute) => ({ name: attribute.name, description: attribute.description ?? '', value: { type: attribute.type?.text ?? 'string' } })),
        js: {
          properties: (element.members ?? []).filter((member) => member.kind === 'field').map((member) => ({ name: member.name, description: member.description ?? '', type: member.type?.text ?? 'unknown' })),
          events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
        },
        slots: (element.slots ?? []).map((slot) => ({ name: slot.name, description: slot.description ?? '' })),
        css: {
          parts: (element.cssParts ?? []).map((part) => ({ name: part.name, description: part.description ?? '' })),
          properties: (element.cssProperties ?? []).map((property) => ({ name: property.name, description: property.description ?? '' })),
        },
      })),
    },
  },
};

writeFileSync('vscode.html-custom-data.json', `${JSON.stringify(vscode, null, 2)}\n`);
writeFileSync('web-types.json', `${JSON.stringify(webTypes, null, 2)}\n`);
console.log(`Editor metadata for ${elements.length} tags: vscode.html-custom-data.json, web-types.json`);

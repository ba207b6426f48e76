/** The featured sections builder. */
export const featuredPt = {
  'featured.title': 'Destaques da página inicial',
  'featured.section': 'Secção',
  'featured.choose': 'Escolha uma secção',
  'featured.newSection': 'Nova secção',
  'featured.sectionName': 'Nome da secção',
  'featured.design': 'Bloco {index}',
  'featured.designType': 'Formato',
  'featured.addDesign': 'Adicionar bloco',
  'featured.productsOf': '{count} de {limit} produtos',
  'featured.productsNeeded': 'Escolha entre 1 e {limit} produtos.',
  'featured.searchProducts': 'Procurar produtos',
  'featured.preview': 'Pré-visualização',
  'featured.emptyPreview': 'Adicione blocos para ver a página.',
} as const;

export const featuredEn: Record<keyof typeof featuredPt, string> = {
  'featured.title': 'Home page featured sections',
  'featured.section': 'Section',
  'featured.choose': 'Choose a section',
  'featured.newSection': 'New section',
  'featured.sectionName': 'Section name',
  'featured.design': 'Block {index}',
  'featured.designType': 'Layout',
  'featured.addDesign': 'Add block',
  'featured.productsOf': '{count} of {limit} products',
  'featured.productsNeeded': 'Choose between 1 and {limit} products.',
  'featured.searchProducts': 'Search products',
  'featured.preview': 'Preview',
  'featured.emptyPreview': 'Add blocks to see the page.',
};

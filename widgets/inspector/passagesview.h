#pragma once
// A retrieve step's ranked passages: rank, gold marker, id, title, score, and the selected passage's text.
// Gold ids that were not retrieved are listed as missing: usually the reason the answer went wrong.
#include <QStringList>
#include <QWidget>
#include <nlohmann/json.hpp>

class QLabel;
class QTreeWidget;

namespace fapo {

class PlainTextView;

class PassagesView : public QWidget {
    Q_OBJECT
public:
    enum Columns { RankColumn, GoldColumn, IdColumn, TitleColumn, ScoreColumn, NUM_COLUMNS };

    explicit PassagesView(QWidget* parent = nullptr);

    // `passages`: the step's parsed value, a list of {id, title, text, score} in rank order.
    // `goldIds`: the example's step_expected ids_include; `hasGold` false when the example has none.
    void setPassages(const nlohmann::json& passages, const QStringList& goldIds, bool hasGold);
    void clear();

    int passageCount() const;
    QStringList retrievedIds() const { return m_ids; }
    bool isGold(int row) const;
    QStringList missingGold() const { return m_missing; }
    // The text of the "missing" notice, empty when every gold passage was retrieved (or there is no gold).
    QString missingGoldText() const;
    QString summaryText() const;
    QString previewText() const;
    QTreeWidget* table() const { return m_table; }
    void selectPassage(int row);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showPreview(int row);
    void applyTints();
    void fitTableHeight();

    QLabel* m_summary = nullptr;
    QLabel* m_missingLabel = nullptr;
    QTreeWidget* m_table = nullptr;
    QLabel* m_previewTitle = nullptr;
    PlainTextView* m_preview = nullptr;
    QStringList m_ids;
    QStringList m_titles;
    QStringList m_texts;
    QStringList m_gold;
    QStringList m_missing;
};

} // namespace fapo
